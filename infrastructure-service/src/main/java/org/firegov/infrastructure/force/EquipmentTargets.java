package org.firegov.infrastructure.force;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The plan's equipment targets for 2021–2025 against what was acquired. Pure: counts in, comparison out.
 * <ul>
 * <li>三（三）4: "全县新购大功率水罐消防车1台、消防宣传车1台，灭火救援装备10000余件（套）" — 10,000+ pieces or sets
 * of fire-fighting and rescue equipment over the period (余 = "more than": met at 10,000);</li>
 * <li>Annex 2 and Table 3 item 6: a water-tank engine (水罐车, the high-capacity engine) in 2022 and a publicity
 * vehicle (宣传车) in 2025.</li>
 * </ul>
 */
public final class EquipmentTargets {

    static final int FIRST_YEAR = 2021;
    static final int LAST_YEAR = 2025;
    static final int SETS_TARGET = 10_000;

    /** A vehicle purchase of Annex 2: {@code count} vehicles of {@code type} by the end of {@code year}. */
    public record PlannedVehicle(int year, VehicleType type, int count, String source) {
    }

    static final List<PlannedVehicle> ANNEX_2 = List.of(
            new PlannedVehicle(2022, VehicleType.WATER_TANK, 1, "附件2：2022年水罐车1台；表3：2022年购置大功率消防车1台"),
            new PlannedVehicle(2025, VehicleType.PUBLICITY, 1, "附件2：2025年宣传车1台；表3：2025年购置消防宣传车1台"));

    /** Sets acquired in a year and since 2021. */
    public record SetsYear(int year, int acquired, int acquiredToDate) {
    }

    /** @param acquired vehicles of the type acquired from 2021 to the end of the planned year */
    public record VehicleProgress(int year, VehicleType type, int planned, int acquired, boolean met, String source) {
    }

    public record Progress(int setsTarget, int setsAcquired, boolean setsTargetMet, List<SetsYear> sets,
                           List<VehicleProgress> vehicles) {
    }

    /** A vehicle's type and acquisition year. */
    public record Acquired(VehicleType type, int year) {
    }

    static Progress of(Map<Integer, Integer> setsByYear, List<Acquired> vehicles) {
        List<SetsYear> years = new ArrayList<>();
        int toDate = 0;
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            int acquired = setsByYear.getOrDefault(year, 0);
            toDate += acquired;
            years.add(new SetsYear(year, acquired, toDate));
        }
        List<VehicleProgress> planned = ANNEX_2.stream().map(plan -> {
            int acquired = (int) vehicles.stream().filter(v -> v.type() == plan.type()
                    && v.year() >= FIRST_YEAR && v.year() <= plan.year()).count();
            return new VehicleProgress(plan.year(), plan.type(), plan.count(), acquired, acquired >= plan.count(),
                    plan.source());
        }).toList();
        return new Progress(SETS_TARGET, toDate, toDate >= SETS_TARGET, years, planned);
    }

    private EquipmentTargets() {
    }
}
