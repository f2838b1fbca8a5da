package org.firegov.accountability.plantargets;

import java.time.LocalDate;
import java.util.List;

/**
 * Where one of the plan's quantified targets stands (规划实施监测).
 *
 * @param code     stable id of the target
 * @param title    the target as the plan states it
 * @param planText where the plan says so
 * @param target   the figure to reach (null for a yes/no target)
 * @param value    the current figure from the evidence (null when not measured)
 * @param unit     what the figures count
 * @param deadline when the plan wants it reached
 * @param status   achieved / on track / at risk / missed, or not measured (no event carries its evidence)
 * @param objects  the ids of the facts behind the value
 * @param basis    how the value is computed
 */
public record TargetProgress(String code, String title, String planText, Double target, Double value, String unit,
                             LocalDate deadline, Status status, List<String> objects, String basis) {

    public enum Status {
        /** 已完成 */
        ACHIEVED,
        /** 按计划推进 */
        ON_TRACK,
        /** 存在风险 */
        AT_RISK,
        /** 未完成 */
        MISSED,
        /** 无数据来源 — no service publishes its evidence yet */
        NOT_MEASURED
    }
}
