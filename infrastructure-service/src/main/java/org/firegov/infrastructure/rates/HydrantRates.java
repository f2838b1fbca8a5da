package org.firegov.infrastructure.rates;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Municipal hydrant rates of a town or the county, against the plan's 2025 targets: coverage (建有率) = hydrants
 * built / hydrants required by the registered roads, target 100%; intact rate (完好率) = hydrants in service /
 * hydrants built, target at least 98%. A rate with a zero denominator is null (nothing to measure).
 *
 * @param coverage     percent, one decimal; null when no hydrant is required
 * @param intact       percent, one decimal; null when none is built
 */
public record HydrantRates(String scope, int required, int built, int inService, BigDecimal coverage,
                           BigDecimal intact, boolean coverageTargetMet, boolean intactTargetMet) {

    /** 2025: 城镇市政消火栓建有率 100%. */
    public static final BigDecimal COVERAGE_TARGET = new BigDecimal("100.0");
    /** 2025: 完好率不低于 98%. */
    public static final BigDecimal INTACT_TARGET = new BigDecimal("98.0");

    public static HydrantRates of(String scope, int required, int built, int inService) {
        BigDecimal coverage = percent(built, required);
        BigDecimal intact = percent(inService, built);
        return new HydrantRates(scope, required, built, inService, coverage, intact,
                required == 0 || built >= required,
                intact != null && inService * 100L >= 98L * built);
    }

    private static BigDecimal percent(int part, int whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
