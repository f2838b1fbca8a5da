package org.firegov.accountability.scheme;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.accountability.scheme.SchemeCommands.DraftScheme;
import org.firegov.accountability.scheme.SchemeCommands.LockScheme;
import org.firegov.accountability.scheme.SchemeCommands.RemoveIndicator;
import org.firegov.accountability.scheme.SchemeCommands.SetGradeBands;
import org.firegov.accountability.scheme.SchemeCommands.SetIndicator;
import org.firegov.accountability.scheme.SchemeEvents.IndicatorSet;
import org.firegov.accountability.scheme.SchemeEvents.SchemeDrafted;
import org.firegov.accountability.scheme.SchemeEvents.SchemeLocked;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssessmentSchemeTest {

    private static final Indicator HAZARDS = new Indicator("hazards-on-time", "隐患按期整改率", 60,
            Metric.HAZARDS_RECTIFIED_ON_TIME_RATE, ScoringRule.linear(60, 100));
    private static final Indicator MANUAL = new Indicator("dual-regular", "双定期", 40, null, ScoringRule.manual());
    private static final SchemeDrafted DRAFTED = new SchemeDrafted("2030-v1", 2030, 1, List.of(HAZARDS),
            GradeBands.DEFAULT, true);
    private AggregateTestFixture<AssessmentScheme> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AssessmentScheme.class);
    }

    @Test
    void a_draft_takes_indicators_and_locks_when_the_weights_add_up_to_100() {
        fixture.given(DRAFTED)
                .when(new SetIndicator("2030-v1", MANUAL))
                .expectEvents(new IndicatorSet("2030-v1", MANUAL));
        fixture.given(DRAFTED, new IndicatorSet("2030-v1", MANUAL))
                .when(new LockScheme("2030-v1"))
                .expectEvents(new SchemeLocked("2030-v1", 2030, 1));
    }

    @Test
    void a_scheme_whose_weights_do_not_add_up_to_100_cannot_be_locked() {
        fixture.given(DRAFTED)
                .when(new LockScheme("2030-v1"))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("the indicators' weights add up to 60.0; they must add up to 100 before the year opens");
    }

    @Test
    void a_locked_scheme_cannot_be_changed() {
        fixture.given(DRAFTED, new IndicatorSet("2030-v1", MANUAL), new SchemeLocked("2030-v1", 2030, 1))
                .when(new SetIndicator("2030-v1", HAZARDS))
                .expectException(BusinessRuleViolation.Conflict.class)
                .expectNoEvents();
        fixture.given(DRAFTED, new IndicatorSet("2030-v1", MANUAL), new SchemeLocked("2030-v1", 2030, 1))
                .when(new LockScheme("2030-v1"))
                .expectException(BusinessRuleViolation.Conflict.class);
    }

    @Test
    void an_indicator_is_either_computed_from_a_metric_or_scored_by_the_committee() {
        fixture.given(DRAFTED)
                .when(new SetIndicator("2030-v1", new Indicator("x", "x", 10, null, ScoringRule.linear(0, 1))))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
        fixture.given(DRAFTED)
                .when(new SetIndicator("2030-v1", new Indicator("x", "x", 10, Metric.FIRES, ScoringRule.manual())))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void broken_rules_weights_and_bands_are_rejected() {
        fixture.given(DRAFTED)
                .when(new SetIndicator("2030-v1", new Indicator("x", "x", 0, Metric.FIRES, ScoringRule.deduction(1, null))))
                .expectException(BusinessRuleViolation.class);
        fixture.given(DRAFTED)
                .when(new SetIndicator("2030-v1", new Indicator("x", "x", 10, Metric.FIRES,
                        new ScoringRule(ScoringRule.Type.LINEAR, null, 5.0, null, null))))
                .expectException(BusinessRuleViolation.class);
        fixture.given(DRAFTED)
                .when(new SetGradeBands("2030-v1", new GradeBands(80, 85, 60)))
                .expectException(BusinessRuleViolation.class);
        fixture.given(DRAFTED)
                .when(new RemoveIndicator("2030-v1", "nope"))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void a_new_version_starts_from_the_indicators_it_is_given() {
        fixture.givenNoPriorActivity()
                .when(new DraftScheme("2030-v2", 2030, 2, List.of(HAZARDS, MANUAL), GradeBands.DEFAULT, true))
                .expectEvents(new SchemeDrafted("2030-v2", 2030, 2, List.of(HAZARDS, MANUAL), GradeBands.DEFAULT, true));
    }
}
