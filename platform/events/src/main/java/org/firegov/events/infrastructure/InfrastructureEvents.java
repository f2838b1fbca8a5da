package org.firegov.events.infrastructure;

import java.util.List;

import org.firegov.events.IntegrationEvent;

/** The integration events infrastructure-service publishes; add each new record here (see docs/events.md). */
public final class InfrastructureEvents {

    /** Topic of hydrant and water-source events (市政消火栓、取水设施、消防水池); key: the hydrant id. */
    public static final String HYDRANT_TOPIC = "firegov.infrastructure.hydrant";
    /** Topic of key-project events (重点工程); key: the project id. */
    public static final String PROJECT_TOPIC = "firegov.infrastructure.project";
    /** Topic of a town's hydrant rates (建有率、完好率); key: the town code. */
    public static final String RATES_TOPIC = "firegov.infrastructure.hydrant-rates";
    /** Topic of stations and forces, their vehicles and equipment (消防力量); key: the force id. */
    public static final String FORCE_TOPIC = "firegov.infrastructure.force";
    /** Topic of government full-time firefighter recruitment (政府专职消防员); key: the personnel number. */
    public static final String RECRUIT_TOPIC = "firegov.infrastructure.recruit";

    public static final List<Class<? extends IntegrationEvent>> ALL = List.of(
            HydrantRegisteredV1.class,
            HydrantStatusChangedV1.class,
            MilestoneCompletedV1.class,
            MilestoneOverdueV1.class,
            HydrantRatesChangedV1.class,
            ForceRegisteredV1.class,
            VehicleAssignedV1.class,
            EquipmentAcquiredV1.class,
            FirefighterHiredV1.class);

    private InfrastructureEvents() {
    }
}
