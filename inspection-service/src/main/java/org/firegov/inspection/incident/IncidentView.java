package org.firegov.inspection.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.firegov.inspection.incident.IncidentCommands.ResponsibilityFinding;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One incident, or one historical entry standing for {@code count} incidents of its kind in a year; a fire with its
 * investigation and extended investigation once concluded.
 */
@Document(IncidentView.COLLECTION)
public record IncidentView(@Id String incidentId, @Indexed String town, @Indexed String unitId,
                           @Indexed String department, LocalDate occurredOn, @Indexed int year, IncidentKind kind,
                           String cause, boolean major, int deaths, int injuries, long directLossYuan, int count,
                           boolean historical, Instant recordedAt, String recordedBy, Investigation investigation,
                           ExtendedInvestigation extendedInvestigation) {

    public static final String COLLECTION = "incidents";

    /** 火灾调查 */
    public record Investigation(String cause, String conclusion, Instant investigatedAt, String investigatedBy) {
    }

    /** 延伸调查 */
    public record ExtendedInvestigation(boolean influential, String summary, List<ResponsibilityFinding> findings,
                                        Instant concludedAt, String concludedBy) {
    }
}
