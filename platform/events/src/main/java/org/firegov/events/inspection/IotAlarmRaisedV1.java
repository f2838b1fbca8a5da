package org.firegov.events.inspection;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * An IoT alarm (物联网报警) was raised from a device's signals: at most one open alarm per device and kind.
 *
 * @param kind       {@code FIRE} (火警), {@code LOW_WATER_PRESSURE}, {@code ELECTRICAL} (电气火灾), {@code FAULT},
 *                   {@code OFFLINE}
 * @param measuredAt when the device measured the signal that raised it ({@code raisedAt − measuredAt} is the
 *                   detection latency; for {@code OFFLINE}, when the device was last heard from)
 */
@IntegrationEventType(value = "firegov.inspection.alarm.raised.v1", topic = InspectionEvents.ALARM_TOPIC)
public record IotAlarmRaisedV1(
        @NotBlank String alarmId,
        @NotBlank String deviceId,
        @NotBlank String unitId,
        @NotBlank String town,
        @NotBlank String department,
        @NotBlank String kind,
        @NotNull Instant measuredAt,
        @NotNull Instant raisedAt) implements IntegrationEvent {
}
