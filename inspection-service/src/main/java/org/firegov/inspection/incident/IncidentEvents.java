package org.firegov.inspection.incident;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** Domain events of incidents, private to inspection-service. */
public final class IncidentEvents {

    /** @param count incidents this entry stands for: 1, or a historical year's total of its kind */
    @Revision("1")
    public record IncidentRecorded(String incidentId, String town, String unitId, String department,
                                   LocalDate occurredOn, IncidentKind kind, String cause, boolean major, int deaths,
                                   int injuries, long directLossYuan, int count, boolean historical) {
    }

    private IncidentEvents() {
    }
}
