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
 * @param parts    the value's parts where the view needs them (per town, per year, per category); empty otherwise
 */
public record TargetProgress(String code, String title, String planText, Double target, Double value, String unit,
                             LocalDate deadline, Status status, List<String> objects, String basis, List<Part> parts) {

    /** One part of a target's value: a town's rate, a year's recruits, a category's equipment. */
    public record Part(String key, Double value, List<String> objects) {
    }

    public TargetProgress(String code, String title, String planText, Double target, Double value, String unit,
                          LocalDate deadline, Status status, List<String> objects, String basis) {
        this(code, title, planText, target, value, unit, deadline, status, objects, basis, List.of());
    }

    /**
     * A "by the deadline" target's status on a day (the deadline day itself counts as final): reached = achieved
     * once the deadline has come, else on track; not reached = missed from the deadline, else {@code behind}
     * (at risk) or on track.
     */
    static Status byDeadline(boolean reached, boolean behind, LocalDate day, LocalDate deadline) {
        boolean over = !day.isBefore(deadline);
        if (reached) {
            return over ? Status.ACHIEVED : Status.ON_TRACK;
        }
        return over ? Status.MISSED : behind ? Status.AT_RISK : Status.ON_TRACK;
    }

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
