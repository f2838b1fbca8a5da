package org.firegov.training.survey;

/**
 * Awareness (消防安全知晓率) of one town's (or the county's, town null) respondents: {@code awarenessRate} is the
 * share in per cent of respondents scoring at least the pass mark; {@code meanScore} the average score (0–100).
 */
public record Awareness(String town, long respondents, long passed, double awarenessRate, double meanScore) {

    public static Awareness of(String town, long respondents, long passed, long scoreSum) {
        return new Awareness(town, respondents, passed, respondents == 0 ? 0 : round(100.0 * passed / respondents),
                respondents == 0 ? 0 : round((double) scoreSum / respondents));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
