package org.firegov.inspection.incident;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One incident, or one historical entry standing for {@code count} incidents of its kind in a year. */
@Document(IncidentView.COLLECTION)
public record IncidentView(@Id String incidentId, @Indexed String town, @Indexed String unitId,
                           @Indexed String department, LocalDate occurredOn, @Indexed int year, IncidentKind kind,
                           String cause, boolean major, int deaths, int injuries, long directLossYuan, int count,
                           boolean historical, Instant recordedAt, String recordedBy) {

    public static final String COLLECTION = "incidents";
}
