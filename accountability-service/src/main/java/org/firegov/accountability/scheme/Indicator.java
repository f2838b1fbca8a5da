package org.firegov.accountability.scheme;

/**
 * One weighted indicator of an annual scheme (考核指标).
 *
 * @param metric the evidence it is computed from; null for indicators the committee scores (rule MANUAL)
 */
public record Indicator(String code, String name, double weight, Metric metric, ScoringRule rule) {
}
