package org.firegov.inspection.hazard;

/** Where a hazard (火灾隐患) is in its lifecycle. */
public enum HazardStage {
    /** 已登记 — reported, nothing ordered yet. */
    REPORTED,
    /** 责令限期整改 — the unit must rectify by a deadline (also after a rejected rectification). */
    RECTIFICATION_ORDERED,
    /** 整改已提交 — the unit says it is done; awaiting verification (复查). */
    RECTIFICATION_SUBMITTED,
    /** 验收销案 — verified and closed. */
    CLOSED
}
