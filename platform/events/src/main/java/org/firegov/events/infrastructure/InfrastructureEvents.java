package org.firegov.events.infrastructure;

import java.util.List;

import org.firegov.events.IntegrationEvent;

/** The integration events infrastructure-service publishes; add each new record here (see docs/events.md). */
public final class InfrastructureEvents {

    /** Topic of hydrant and water-source events (市政消火栓、取水设施、消防水池); key: the hydrant id. */
    public static final String HYDRANT_TOPIC = "firegov.infrastructure.hydrant";
    /** Topic of key-project events (重点工程); key: the project id. */
    public static final String PROJECT_TOPIC = "firegov.infrastructure.project";

    public static final List<Class<? extends IntegrationEvent>> ALL = List.of(
            HydrantRegisteredV1.class,
            HydrantStatusChangedV1.class,
            MilestoneCompletedV1.class,
            MilestoneOverdueV1.class);

    private InfrastructureEvents() {
    }
}
