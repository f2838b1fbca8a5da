package org.firegov.events.iot;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * One reading from a fire-safety IoT device (智慧消防物联网) at a unit, as the county's IoT platform forwards it.
 * Not produced by a FireGov service: devices (through their platform) are the producers, inspection-service consumes.
 *
 * @param deviceId   the device's id in the IoT platform; the Kafka key, so one device's signals stay in order
 * @param unitId     the unit (统一社会信用代码) the device is installed at
 * @param kind       {@code SMOKE} (烟感, value 1 = alarm), {@code WATER_PRESSURE} (水压, MPa), {@code WATER_LEVEL}
 *                   (水位, m), {@code ELECTRICAL} (电气火灾监控, residual current mA), {@code FAULT} (故障, value = code),
 *                   {@code HEARTBEAT} (value ignored)
 * @param value      the reading
 * @param measuredAt when the device measured it
 */
@IntegrationEventType(value = "firegov.iot.device.signal.v1", topic = IotEvents.SIGNAL_TOPIC)
public record DeviceSignalV1(
        @NotBlank String deviceId,
        @NotBlank String unitId,
        @NotBlank String kind,
        double value,
        @NotNull Instant measuredAt) implements IntegrationEvent {
}
