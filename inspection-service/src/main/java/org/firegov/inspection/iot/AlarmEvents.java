package org.firegov.inspection.iot;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * Domain events of IoT alarms, private to inspection-service. Each carries the device's unit, town and department,
 * so scoping never needs a join. Individual signals are not events: only the alarms they raise.
 */
public final class AlarmEvents {

    /** @param measuredAt when the device measured the signal that raised it (detection latency = event time − this) */
    @Revision("1")
    public record AlarmRaised(String alarmKey, String alarmId, String deviceId, String unitId, String town,
                              String department, AlarmKind kind, double value, Instant measuredAt) {
    }

    /** 报警核查 */
    @Revision("1")
    public record AlarmAcknowledged(String alarmKey, String alarmId, String deviceId, String unitId, String town,
                                    String department, AlarmKind kind, AlarmVerdict verdict, String note) {
    }

    @Revision("1")
    public record AlarmResolved(String alarmKey, String alarmId, String deviceId, String unitId, String town,
                                String department, AlarmKind kind, String note) {
    }

    /** A fault left open too long became a hazard (source IOT) with the id {@code hazardId}. */
    @Revision("1")
    public record FaultEscalated(String alarmKey, String alarmId, String deviceId, String unitId, String town,
                                 String department, Instant faultSince, String hazardId) {
    }

    private AlarmEvents() {
    }
}
