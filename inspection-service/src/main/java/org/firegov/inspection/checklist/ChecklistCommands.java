package org.firegov.inspection.checklist;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.firegov.inspection.unit.UnitCategory;

/** Commands of checklist templates (检查表). */
public final class ChecklistCommands {

    /**
     * Publish a new version of a category's checklist. A template never changes after publication (inspections
     * and self-inspections refer to it); a change is a new version with a new id.
     */
    public record PublishChecklistTemplate(@TargetAggregateIdentifier String templateId, UnitCategory category,
                                           int version, String title, List<ChecklistItem> items) {
    }

    private ChecklistCommands() {
    }
}
