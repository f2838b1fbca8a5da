package org.firegov.infrastructure.force;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The area each fire rescue station protects, checked against the plan's figure. The plan (一（二）3) states: "截至
 * 2020年，我县建成区面积9.92平方公里，共建成消防站2个，消防站单点保护面积约4.96平方公里" — 4.96 km² is the built-up area
 * divided by the number of stations (9.92 / 2), an average, not a surveyed area of either station. The check does
 * the same with the register: the protection areas recorded for the stations, summed and divided by the number
 * of stations that have one. At or below 4.96 km² the county keeps the plan's aim to shrink each station's
 * protection radius (缩小单个消防站点保护半径, 三（三）3); above it, stations protect more on average than in 2020.
 * With the two stations of 2020 registered over the same 9.92 km², the average reproduces 4.96 exactly.
 */
public record ProtectionAreaCheck(Baseline plan, int stations, int stationsWithArea, BigDecimal totalKm2,
                                  BigDecimal averageKm2, Boolean atMostPlanBaseline, List<Station> areas) {

    /** The plan's figures of 2020; {@code consistent}: 9.92 / 2 rounds to the stated 4.96. */
    public record Baseline(BigDecimal builtUpAreaKm2, int stations, BigDecimal perStationKm2, boolean consistent,
                           String source) {
    }

    public record Station(String forceId, String name, String town, BigDecimal areaKm2) {
    }

    public static final Baseline PLAN_2020 = baseline(new BigDecimal("9.92"), 2, new BigDecimal("4.96"));

    static Baseline baseline(BigDecimal builtUpArea, int stations, BigDecimal perStation) {
        boolean consistent = builtUpArea.divide(BigDecimal.valueOf(stations), 2, RoundingMode.HALF_UP)
                .compareTo(perStation) == 0;
        return new Baseline(builtUpArea, stations, perStation, consistent,
                "一（二）3：截至2020年，我县建成区面积9.92平方公里，共建成消防站2个，消防站单点保护面积约4.96平方公里");
    }

    /** @param stations every registered station, with or without a recorded area */
    static ProtectionAreaCheck of(List<Station> stations) {
        List<Station> withArea = stations.stream().filter(s -> s.areaKm2() != null).toList();
        BigDecimal total = withArea.stream().map(Station::areaKm2).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal average = withArea.isEmpty() ? null
                : total.divide(BigDecimal.valueOf(withArea.size()), 2, RoundingMode.HALF_UP);
        Boolean atMost = average == null ? null : average.compareTo(PLAN_2020.perStationKm2()) <= 0;
        return new ProtectionAreaCheck(PLAN_2020, stations.size(), withArea.size(), total, average, atMost, stations);
    }
}
