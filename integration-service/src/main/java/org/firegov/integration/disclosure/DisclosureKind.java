package org.firegov.integration.disclosure;

/** The kinds of fact in the public disclosure feed. */
public enum DisclosureKind {
    /** 双随机抽查计划公布 — a double-random plan was published with its drawn units. */
    RANDOM_INSPECTION_PLAN,
    /** 双随机抽查结果 — an inspection drawn by a plan was completed (unit, date, result, hazards count). */
    RANDOM_INSPECTION_RESULT,
    /** 重大火灾隐患挂牌督办 — a major hazard was put under listed supervision. */
    MAJOR_HAZARD_LISTED,
    /** 重大火灾隐患销案 — its listed supervision ended after verification. */
    MAJOR_HAZARD_DELISTED,
    /** 消防失信 — a unit was put on the dishonesty list. */
    DISHONESTY_RECORDED,
    /** 失信移出 — a dishonesty record ended (repaired or expired). */
    DISHONESTY_ENDED
}
