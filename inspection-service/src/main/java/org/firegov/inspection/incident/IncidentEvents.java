package org.firegov.inspection.incident;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.firegov.inspection.incident.IncidentCommands.ResponsibilityFinding;

/** Domain events of incidents, private to inspection-service. */
public final class IncidentEvents {

    /** @param count incidents this entry stands for: 1, or a historical year's total of its kind */
    @Revision("1")
    public record IncidentRecorded(String incidentId, String town, String unitId, String department,
                                   LocalDate occurredOn, IncidentKind kind, String cause, boolean major, int deaths,
                                   int injuries, long directLossYuan, int count, boolean historical) {
    }

    /** 火灾调查 concluded: the fire's cause and the conclusion. */
    @Revision("1")
    public record FireInvestigated(String incidentId, String town, String department, String cause,
                                   String conclusion) {
    }

    /** 延伸调查 concluded with responsibility findings per town or department. */
    @Revision("1")
    public record ExtendedInvestigationConcluded(String incidentId, String town, String department,
                                                 LocalDate occurredOn, int deaths, boolean influential,
                                                 String summary, List<ResponsibilityFinding> findings) {
    }

    private IncidentEvents() {
    }
}
