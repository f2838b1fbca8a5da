package org.firegov.events.accountability;

import java.util.List;

import org.firegov.events.IntegrationEvent;

/** The integration events accountability-service publishes; add each new record here (see docs/events.md). */
public final class AccountabilityEvents {

    public static final List<Class<? extends IntegrationEvent>> ALL = List.of();

    private AccountabilityEvents() {
    }
}
