package org.firegov.inspection.checklist;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.firegov.inspection.unit.UnitCategory;

/** Domain events of checklist templates, private to inspection-service. */
public final class ChecklistEvents {

    @Revision("1")
    public record ChecklistTemplatePublished(String templateId, UnitCategory category, int version, String title,
                                             List<ChecklistItem> items) {
    }

    private ChecklistEvents() {
    }
}
