package org.firegov.inspection.iot;

import java.time.Instant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.inspection.iot.AlarmCommands.AcknowledgeAlarm;
import org.firegov.inspection.iot.AlarmCommands.RaiseAlarm;
import org.firegov.inspection.iot.AlarmCommands.ResolveAlarm;
import org.firegov.inspection.iot.AlarmEvents.AlarmAcknowledged;
import org.firegov.inspection.iot.AlarmEvents.AlarmRaised;
import org.firegov.inspection.iot.AlarmEvents.AlarmResolved;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AlarmTest {

    private static final String UNIT = "91500238MA5U7K3L74";
    private static final String KEY = Alarm.keyOf("smoke-1", AlarmKind.FIRE);
    private static final Instant MEASURED = Instant.parse("2026-06-01T08:00:00Z");
    private static final AlarmRaised RAISED = new AlarmRaised(KEY, "a-1", "smoke-1", UNIT, "xiabao", "education",
            AlarmKind.FIRE, 1, MEASURED);
    private static final AlarmResolved RESOLVED = new AlarmResolved(KEY, "a-1", "smoke-1", UNIT, "xiabao",
            "education", AlarmKind.FIRE, "复位");

    private AggregateTestFixture<Alarm> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Alarm.class);
    }

    private static RaiseAlarm raise(String alarmId) {
        return new RaiseAlarm(KEY, alarmId, "smoke-1", UNIT, "xiabao", "education", AlarmKind.FIRE, 1, MEASURED);
    }

    @Test
    void the_first_alarming_signal_raises_an_alarm_with_its_measurement_time() {
        fixture.givenNoPriorActivity().when(raise("a-1")).expectEvents(RAISED).expectResultMessagePayload("a-1");
    }

    @Test
    void while_an_alarm_is_open_further_signals_raise_nothing_and_answer_the_open_alarm() {
        fixture.given(RAISED).when(raise("a-2")).expectNoEvents().expectResultMessagePayload("a-1");
    }

    @Test
    void after_a_resolution_the_next_signal_raises_a_new_alarm() {
        fixture.given(RAISED, RESOLVED).when(raise("a-2")).expectEvents(new AlarmRaised(KEY, "a-2", "smoke-1", UNIT,
                "xiabao", "education", AlarmKind.FIRE, 1, MEASURED));
    }

    @Test
    void an_open_alarm_is_verified_once_with_a_verdict() {
        fixture.given(RAISED).when(new AcknowledgeAlarm(KEY, "a-1", AlarmVerdict.FALSE_ALARM, "误报"))
                .expectEvents(new AlarmAcknowledged(KEY, "a-1", "smoke-1", UNIT, "xiabao", "education",
                        AlarmKind.FIRE, AlarmVerdict.FALSE_ALARM, "误报"));
        fixture.given(RAISED, new AlarmAcknowledged(KEY, "a-1", "smoke-1", UNIT, "xiabao", "education",
                        AlarmKind.FIRE, AlarmVerdict.HAZARD, null))
                .when(new AcknowledgeAlarm(KEY, "a-1", AlarmVerdict.FIRE, null))
                .expectException(BusinessRuleViolation.Conflict.class)
                .expectExceptionMessage("alarm a-1 was already verified");
    }

    @Test
    void a_resolved_or_other_alarm_cannot_be_acknowledged_or_resolved() {
        fixture.given(RAISED, RESOLVED).when(new ResolveAlarm(KEY, "a-1", null))
                .expectException(BusinessRuleViolation.Conflict.class);
        fixture.given(RAISED).when(new AcknowledgeAlarm(KEY, "other", AlarmVerdict.FIRE, null))
                .expectException(BusinessRuleViolation.Conflict.class);
    }

    @Test
    void an_open_alarm_is_resolved() {
        fixture.given(RAISED).when(new ResolveAlarm(KEY, "a-1", "复位")).expectEvents(RESOLVED);
    }
}
