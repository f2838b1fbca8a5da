package org.firegov.accountability.scheme;

/**
 * Evidence an indicator can be computed from, per party and year (the data source of an indicator that is not
 * scored by the committee). Rates are 0–100 (%); counts are occurrences.
 */
public enum Metric {
    /** 隐患按期整改率 — hazards rectified by their deadline / hazards due. */
    HAZARDS_RECTIFIED_ON_TIME_RATE,
    /** 逾期未整改隐患 — hazards past their rectification deadline. */
    OVERDUE_HAZARDS,
    /** 重大火灾隐患未销案 — major hazards still open. */
    MAJOR_HAZARDS_OPEN,
    /** 责任清单按期完成率 — responsibility tasks completed on time / tasks due. */
    TASKS_ON_TIME_RATE,
    /** 逾期责任任务 — responsibility tasks overdue. */
    OVERDUE_TASKS,
    /** 双随机抽查完成率 */
    RANDOM_INSPECTION_COMPLETION_RATE,
    /** 单位自查覆盖率 */
    SELF_INSPECTION_COVERAGE_RATE,
    /** 宣传活动开展率 — campaigns held / planned. */
    CAMPAIGNS_HELD_RATE,
    /** 重点工程节点按期率 */
    MILESTONES_ON_TIME_RATE,
    /** 市政消火栓完好率 */
    HYDRANT_INTACT_RATE,
    /** 火灾起数 */
    FIRES,
    /** 火灾死亡人数 */
    FIRE_DEATHS
}
