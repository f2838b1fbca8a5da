package org.firegov.inspection.incident;

/** The kinds of call-outs (警情) the plan counts in its Table 2. */
public enum IncidentKind {
    /** 火灾扑救 */ FIRE,
    /** 抢险救援 */ RESCUE,
    /** 社会救助 */ SOCIAL_ASSISTANCE,
    /** 其他出动 */ OTHER
}
