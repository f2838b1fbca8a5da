package org.firegov.inspection.unit;

/** Fire risk grade of a unit. */
public enum RiskGrade {
    /** 火灾高危单位 — must hold public-liability fire insurance and is assessed yearly. */
    HIGH_RISK,
    /** 消防安全重点单位 */
    KEY,
    /** 一般单位 */
    GENERAL;

    public boolean requiresInsuranceAndYearlyAssessment() {
        return this == HIGH_RISK;
    }
}
