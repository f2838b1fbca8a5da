package org.firegov.inspection.incident;

import java.time.LocalDate;

/** Commands of fire and rescue incidents (火灾/警情). */
public final class IncidentCommands {

    /**
     * Record an incident. {@code count} is 1 for a live incident; a {@code historical} entry (the plan's 2016–2020
     * tables) stands for a year's {@code count} incidents of its kind, county-wide, with their totals.
     *
     * @param unitId     the unit where it happened, if any; {@code department} is the unit's
     * @param major      较大及以上火灾 — only a fire can be major
     */
    public record RecordIncident(String incidentId, String town, String unitId, String department,
                                 LocalDate occurredOn, IncidentKind kind, String cause, boolean major, int deaths,
                                 int injuries, long directLossYuan, int count, boolean historical) {
    }

    private IncidentCommands() {
    }
}
