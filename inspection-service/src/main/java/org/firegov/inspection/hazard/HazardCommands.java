package org.firegov.inspection.hazard;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands of the hazard (火灾隐患) lifecycle. */
public final class HazardCommands {

    /** Report a hazard found at a unit; handled by {@link HazardReporting}, which knows the unit's scope. */
    public record ReportHazard(String hazardId, String unitId, String description, HazardSource source,
                               boolean major) {
    }

    /** The rectification was verified: close the hazard (整改验收). */
    public record CloseHazard(@TargetAggregateIdentifier String hazardId, String note) {
    }

    private HazardCommands() {
    }
}
