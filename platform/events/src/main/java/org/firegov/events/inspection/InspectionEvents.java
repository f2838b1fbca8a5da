package org.firegov.events.inspection;

import java.util.List;

import org.firegov.events.IntegrationEvent;

/** The integration events inspection-service publishes; add each new record here (see docs/events.md). */
public final class InspectionEvents {

    public static final String UNIT_TOPIC = "firegov.inspection.unit";
    public static final String HAZARD_TOPIC = "firegov.inspection.hazard";

    public static final List<Class<? extends IntegrationEvent>> ALL = List.of(
            UnitRegisteredV1.class,
            HazardReportedV1.class,
            HazardClosedV1.class,
            HazardRectificationOrderedV1.class,
            HazardOverdueV1.class,
            HazardRectifiedV1.class,
            HazardListedV1.class,
            HazardDelistedV1.class,
            UnitAmendedV1.class,
            UnitClosedV1.class);

    private InspectionEvents() {
    }
}
