package org.firegov.inspection.checklist;

import java.time.Instant;
import java.util.List;

import org.firegov.inspection.unit.UnitCategory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Read model of a checklist template version. */
@Document(ChecklistTemplateView.COLLECTION)
public record ChecklistTemplateView(@Id String templateId, @Indexed UnitCategory category, int version, String title,
                                    List<ChecklistItem> items, Instant publishedAt, String publishedBy) {

    public static final String COLLECTION = "checklist_templates";
}
