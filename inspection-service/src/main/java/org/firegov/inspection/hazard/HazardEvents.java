package org.firegov.inspection.hazard;

import org.axonframework.serialization.Revision;

/** Domain events of the hazard lifecycle, private to inspection-service. */
public final class HazardEvents {

    /** Carries the unit's town and department at the time of the report, so scoping never needs a join. */
    @Revision("1")
    public record HazardReported(String hazardId, String unitId, String town, String department,
                                 String description, HazardSource source, boolean major) {
    }

    @Revision("1")
    public record HazardClosed(String hazardId, String unitId, String town, String department, String note) {
    }

    private HazardEvents() {
    }
}
