package org.firegov.inspection.iot;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The latest state of one IoT device (物联网设备), written once per signal batch by {@link SignalIntake}: which unit it
 * is installed at (registered by its first signal), when it was last heard from, its last reading, and whether it
 * is offline. Not event-sourced: signals are telemetry; only the alarms they raise are events.
 */
@Document(DeviceView.COLLECTION)
public record DeviceView(@Id String deviceId, @Indexed String unitId, String town, String department,
                         @Indexed Instant lastSeenAt, String lastKind, double lastValue, boolean offline,
                         Instant offlineSince) {

    public static final String COLLECTION = "iot_devices";
}
