package org.firegov.events.iot;

import java.util.List;

import org.firegov.events.IntegrationEvent;

/** Signals from the county's IoT platform (智慧消防物联网), an external producer; see docs/events.md. */
public final class IotEvents {

    /** Device readings; key: the device id. High volume: consumers read it in batches. */
    public static final String SIGNAL_TOPIC = "firegov.iot.signal";

    public static final List<Class<? extends IntegrationEvent>> ALL = List.of(DeviceSignalV1.class);

    private IotEvents() {
    }
}
