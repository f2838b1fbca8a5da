package org.firegov.accountability.scheme;

/**
 * How an indicator turns its evidence value into points out of its weight (评分规则). Plain data, validated by
 * {@link #problem()}, applied by {@link #points(double, double)}.
 *
 * @param type  the kind of rule
 * @param lower LINEAR: value scoring 0; THRESHOLD: unused
 * @param upper LINEAR: value scoring full; THRESHOLD: value needed for full points
 * @param per   DEDUCTION: points off per occurrence
 * @param cap   DEDUCTION: most points taken off (null = the whole weight)
 */
public record ScoringRule(Type type, Double lower, Double upper, Double per, Double cap) {

    public enum Type {
        /** 线性插值 — 0 at {@code lower}, full at {@code upper}, linear between (works downwards too). */
        LINEAR,
        /** 达标得分 — full at or beyond {@code upper}, else 0. */
        THRESHOLD,
        /** 按次扣分 — full minus {@code per} for each occurrence, at most {@code cap} off. */
        DEDUCTION,
        /** 委员会评分 — the committee scores it, 0 to the weight, with a reason. */
        MANUAL
    }

    public static ScoringRule linear(double lower, double upper) {
        return new ScoringRule(Type.LINEAR, lower, upper, null, null);
    }

    public static ScoringRule threshold(double upper) {
        return new ScoringRule(Type.THRESHOLD, null, upper, null, null);
    }

    public static ScoringRule deduction(double per, Double cap) {
        return new ScoringRule(Type.DEDUCTION, null, null, per, cap);
    }

    public static ScoringRule manual() {
        return new ScoringRule(Type.MANUAL, null, null, null, null);
    }

    /** What is wrong with this rule, or null when it is usable. */
    public String problem() {
        if (type == null) {
            return "a rule needs a type";
        }
        return switch (type) {
            case LINEAR -> lower == null || upper == null ? "a linear rule needs lower and upper"
                    : lower.equals(upper) ? "a linear rule needs lower and upper to differ" : null;
            case THRESHOLD -> upper == null ? "a threshold rule needs upper" : null;
            case DEDUCTION -> per == null || per <= 0 ? "a deduction rule needs a positive per"
                    : cap != null && cap < 0 ? "a deduction cap cannot be negative" : null;
            case MANUAL -> null;
        };
    }

    /**
     * Points for an evidence value, between 0 and {@code weight}. Not for MANUAL rules (the committee's score is
     * the points).
     */
    public double points(double value, double weight) {
        double points = switch (type) {
            case LINEAR -> weight * (value - lower) / (upper - lower);
            case THRESHOLD -> value >= upper ? weight : 0;
            case DEDUCTION -> weight - Math.min(per * value, cap == null ? weight : cap);
            case MANUAL -> throw new IllegalStateException("a manual indicator is scored by the committee");
        };
        return Math.max(0, Math.min(weight, points));
    }
}
