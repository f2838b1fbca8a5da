package org.firegov.inspection.iot;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands of IoT alarms; {@code alarmKey} is the device and kind ({@link Alarm#keyOf}). */
public final class AlarmCommands {

    /**
     * Raise an alarm from the first signal that showed it. While one is open for the device and kind, this changes
     * nothing and answers the open alarm's id: a storm of signals raises one alarm.
     */
    public record RaiseAlarm(@TargetAggregateIdentifier String alarmKey, String alarmId, String deviceId,
                             String unitId, String town, String department, AlarmKind kind, double value,
                             Instant measuredAt) {
    }

    /** A person verified the open alarm {@code alarmId} (报警核查) and records the verdict. */
    public record AcknowledgeAlarm(@TargetAggregateIdentifier String alarmKey, String alarmId, AlarmVerdict verdict,
                                   String note) {
    }

    /** The open alarm {@code alarmId} is over (by a person, or the device came back for {@code OFFLINE}). */
    public record ResolveAlarm(@TargetAggregateIdentifier String alarmKey, String alarmId, String note) {
    }

    /**
     * A {@code FAULT} alarm measured before {@code faultBefore} and still open becomes a hazard (故障超时未处理),
     * once: the scheduled fault check sends this; the alarm refuses a second time.
     */
    public record EscalateFault(@TargetAggregateIdentifier String alarmKey, String alarmId, Instant faultBefore) {
    }

    private AlarmCommands() {
    }
}
