package org.firegov.events.infrastructure;

import java.util.List;

import org.firegov.events.IntegrationEvent;

/** The integration events infrastructure-service publishes; add each new record here (see docs/events.md). */
public final class InfrastructureEvents {

    public static final List<Class<? extends IntegrationEvent>> ALL = List.of();

    private InfrastructureEvents() {
    }
}
