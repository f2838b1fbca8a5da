package org.firegov.inspection.iot;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One IoT alarm as the portals show it. {@code detectionLatencyMillis} is from the device's measurement of the
 * raising signal to the alarm being raised (the event's time). {@code faultEscalatedAt}: when a fault left open
 * became a hazard (the hazard's id is {@link Alarm#hazardIdOf}).
 */
@Document(AlarmView.COLLECTION)
public record AlarmView(@Id String alarmId, @Indexed String alarmKey, String deviceId, @Indexed String unitId,
                        @Indexed String town, @Indexed String department, AlarmKind kind, double value,
                        Instant measuredAt, Instant raisedAt, long detectionLatencyMillis, Status status,
                        AlarmVerdict verdict, String acknowledgedBy, Instant acknowledgedAt, String resolvedBy,
                        Instant resolvedAt, String note, Instant faultEscalatedAt) {

    public static final String COLLECTION = "iot_alarms";

    /** RAISED → ACKNOWLEDGED (verified, with a verdict) → RESOLVED; or RAISED → RESOLVED. */
    public enum Status { RAISED, ACKNOWLEDGED, RESOLVED }
}
