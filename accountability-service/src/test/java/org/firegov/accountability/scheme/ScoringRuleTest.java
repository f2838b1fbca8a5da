package org.firegov.accountability.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoringRuleTest {

    @Test
    void a_linear_rule_scores_0_at_lower_full_at_upper_and_proportionally_between() {
        ScoringRule rule = ScoringRule.linear(60, 100);
        assertThat(rule.points(60, 20)).isZero();
        assertThat(rule.points(100, 20)).isEqualTo(20);
        assertThat(rule.points(85, 20)).isCloseTo(12.5, within(1e-9));
        assertThat(rule.points(30, 20)).as("never below 0").isZero();
        assertThat(rule.points(120, 20)).as("never above the weight").isEqualTo(20);
    }

    @Test
    void a_linear_rule_can_run_downwards_for_things_that_should_be_low() {
        ScoringRule fewerIsBetter = ScoringRule.linear(10, 0);
        assertThat(fewerIsBetter.points(0, 10)).isEqualTo(10);
        assertThat(fewerIsBetter.points(4, 10)).isCloseTo(6, within(1e-9));
        assertThat(fewerIsBetter.points(12, 10)).isZero();
    }

    @Test
    void a_threshold_rule_gives_all_or_nothing() {
        ScoringRule rule = ScoringRule.threshold(90);
        assertThat(rule.points(89.9, 10)).isZero();
        assertThat(rule.points(90, 10)).isEqualTo(10);
    }

    @Test
    void a_deduction_rule_takes_points_per_occurrence_up_to_its_cap() {
        ScoringRule rule = ScoringRule.deduction(5, 8.0);
        assertThat(rule.points(0, 10)).isEqualTo(10);
        assertThat(rule.points(1, 10)).isEqualTo(5);
        assertThat(rule.points(3, 10)).as("capped at 8 off").isEqualTo(2);
        assertThat(ScoringRule.deduction(5, null).points(3, 10)).as("without cap, down to 0").isZero();
    }

    @Test
    void incomplete_rules_say_what_is_missing() {
        assertThat(new ScoringRule(ScoringRule.Type.LINEAR, 1.0, null, null, null).problem()).contains("lower and upper");
        assertThat(ScoringRule.linear(5, 5).problem()).contains("differ");
        assertThat(new ScoringRule(ScoringRule.Type.THRESHOLD, null, null, null, null).problem()).contains("upper");
        assertThat(new ScoringRule(ScoringRule.Type.DEDUCTION, null, null, 0.0, null).problem()).contains("positive");
        assertThat(ScoringRule.manual().problem()).isNull();
        assertThat(ScoringRule.linear(0, 1).problem()).isNull();
    }

    @Test
    void grade_bands_map_totals_to_grades() {
        assertThat(GradeBands.DEFAULT.gradeOf(95)).isEqualTo(GradeBands.Grade.EXCELLENT);
        assertThat(GradeBands.DEFAULT.gradeOf(80)).isEqualTo(GradeBands.Grade.GOOD);
        assertThat(GradeBands.DEFAULT.gradeOf(60)).isEqualTo(GradeBands.Grade.PASS);
        assertThat(GradeBands.DEFAULT.gradeOf(59.99)).isEqualTo(GradeBands.Grade.FAIL);
        assertThat(new GradeBands(80, 90, 60).ordered()).isFalse();
    }

    @Test
    void the_example_schemes_weights_add_up_to_100() {
        assertThat(ExampleSchemeSeed.INDICATORS.stream().mapToDouble(Indicator::weight).sum()).isEqualTo(100);
    }
}
