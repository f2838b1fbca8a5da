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
    /** 双随机抽查完成率 — units drawn by the year's plans that were inspected / drawn. */
    RANDOM_INSPECTION_COMPLETION_RATE,
    /** 单位自查覆盖率 — registered units that self-inspected this year / registered units. */
    SELF_INSPECTION_COVERAGE_RATE,
    /** 宣传活动开展率 — campaigns held / planned. */
    CAMPAIGNS_HELD_RATE,
    /** 每千人受教育人数 — people reached by campaigns held in a town per 1,000 residents (configured population). */
    PEOPLE_REACHED_PER_THOUSAND,
    /** 培训持证数 — certificates issued by courses the party organised. */
    CERTIFICATES_ISSUED,
    /** 重点工程节点按期率 — milestones of the projects the party answers for, completed on time / due. */
    MILESTONES_ON_TIME_RATE,
    /** 市政消火栓完好率 */
    HYDRANT_INTACT_RATE,
    /** 火灾起数 */
    FIRES,
    /** 火灾死亡人数 */
    FIRE_DEATHS,
    /** 火灾直接经济损失（万元） */
    FIRE_LOSSES,
    /** 较大及以上火灾起数 — any one vetoes a town's result (一票否决). */
    MAJOR_FIRES
}
