package org.firegov.events.training;

import java.util.List;

import org.firegov.events.IntegrationEvent;

/** The integration events training-service publishes; add each new record here (see docs/events.md). */
public final class TrainingEvents {

    public static final List<Class<? extends IntegrationEvent>> ALL = List.of();

    private TrainingEvents() {
    }
}
