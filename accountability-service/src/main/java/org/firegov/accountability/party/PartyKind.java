package org.firegov.accountability.party;

/** The two kinds of party the annual assessment scores. */
public enum PartyKind {
    /** 乡镇（街道） — matches the {@code town} claim and the {@code town} field of other services' events. */
    TOWN,
    /** 行业部门 — matches the {@code department} claim and field. */
    DEPARTMENT
}
