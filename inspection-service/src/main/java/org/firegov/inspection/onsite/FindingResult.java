package org.firegov.inspection.onsite;

/** The finding on one checklist item. */
public enum FindingResult {
    /** 合格 */ PASS,
    /** 不合格 */ FAIL,
    /** 不适用 */ NOT_APPLICABLE
}
