package org.firegov.inspection.iot;

import java.time.Instant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.inspection.iot.AlarmCommands.AcknowledgeAlarm;
import org.firegov.inspection.iot.AlarmCommands.EscalateFault;
import org.firegov.inspection.iot.AlarmCommands.RaiseAlarm;
import org.firegov.inspection.iot.AlarmCommands.ResolveAlarm;
import org.firegov.inspection.iot.AlarmEvents.AlarmAcknowledged;
import org.firegov.inspection.iot.AlarmEvents.AlarmRaised;
import org.firegov.inspection.iot.AlarmEvents.AlarmResolved;
import org.firegov.inspection.iot.AlarmEvents.FaultEscalated;
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

    private static final String FAULT_KEY = Alarm.keyOf("smoke-1", AlarmKind.FAULT);
    private static final AlarmRaised FAULT = new AlarmRaised(FAULT_KEY, "f-1", "smoke-1", UNIT, "xiabao",
            "education", AlarmKind.FAULT, 17, MEASURED);
    private static final FaultEscalated ESCALATED = new FaultEscalated(FAULT_KEY, "f-1", "smoke-1", UNIT, "xiabao",
            "education", MEASURED, Alarm.hazardIdOf("f-1"));

    @Test
    void a_fault_open_past_the_limit_becomes_a_hazard_exactly_once() {
        Instant due = MEASURED.plusSeconds(1);
        fixture.given(FAULT).when(new EscalateFault(FAULT_KEY, "f-1", due)).expectEvents(ESCALATED);
        fixture.given(FAULT, ESCALATED).when(new EscalateFault(FAULT_KEY, "f-1", due.plusSeconds(3600)))
                .expectException(BusinessRuleViolation.Conflict.class).expectNoEvents();
    }

    @Test
    void a_fault_not_yet_due_resolved_or_already_verified_as_a_hazard_does_not_become_one() {
        fixture.given(FAULT).when(new EscalateFault(FAULT_KEY, "f-1", MEASURED))
                .expectException(BusinessRuleViolation.class).expectExceptionMessage(
                        "fault f-1 since 2026-06-01T08:00:00Z is not yet due to become a hazard");
        fixture.given(FAULT, new AlarmResolved(FAULT_KEY, "f-1", "smoke-1", UNIT, "xiabao", "education",
                        AlarmKind.FAULT, "已修复"))
                .when(new EscalateFault(FAULT_KEY, "f-1", MEASURED.plusSeconds(1)))
                .expectException(BusinessRuleViolation.Conflict.class).expectNoEvents();
        fixture.given(FAULT, new AlarmAcknowledged(FAULT_KEY, "f-1", "smoke-1", UNIT, "xiabao", "education",
                        AlarmKind.FAULT, AlarmVerdict.HAZARD, null))
                .when(new EscalateFault(FAULT_KEY, "f-1", MEASURED.plusSeconds(1)))
                .expectException(BusinessRuleViolation.Conflict.class).expectNoEvents();
    }

    @Test
    void only_a_fault_alarm_becomes_a_hazard_by_time() {
        fixture.given(RAISED).when(new EscalateFault(KEY, "a-1", MEASURED.plusSeconds(1)))
                .expectException(BusinessRuleViolation.class).expectExceptionMessage("alarm a-1 is FIRE, not FAULT");
    }
}
