package org.firegov.accountability.credit;

/** Why a unit is on the dishonesty list. */
public enum DishonestyBasis {
    /** 消防违法行为 — a violation found by fire supervision. */
    VIOLATION,
    /** 火灾事故调查认定 — a finding of a fire investigation or extended investigation. */
    INVESTIGATION
}
