package org.firegov.bench.harness;

/**
 * One line of the result table: a scenario's measured side beside its baseline (null when the scenario has none),
 * the ratio (subject / baseline throughput, or baseline / subject p50 for latency-only rows) and a note.
 */
public record Row(String scenario, String subject, Stats measured, String baselineName, Stats baseline,
                  String target, String note) {

    public static Row unavailable(String scenario, String why) {
        return new Row(scenario, "not available", null, null, null, null, why);
    }

    public Row withNote(String more) {
        return new Row(scenario, subject, measured, baselineName, baseline, target,
                note == null || note.isBlank() ? more : note + "; " + more);
    }

    /** Throughput ratio; for rows without a throughput (latency probes), the ratio of medians, inverted. */
    public Double ratio() {
        if (measured == null || baseline == null) {
            return null;
        }
        double a = measured.perSecond();
        double b = baseline.perSecond();
        if (Double.isFinite(a) && Double.isFinite(b) && b > 0 && measured.seconds() > 0 && baseline.seconds() > 0) {
            return a / b;
        }
        if (measured.p50Ms() > 0 && Double.isFinite(baseline.p50Ms())) {
            return baseline.p50Ms() / measured.p50Ms();
        }
        return null;
    }
}
