package org.firegov.inspection.onsite;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Read model of an on-site inspection, item by item. */
@Document(InspectionView.COLLECTION)
public record InspectionView(@Id String inspectionId, @Indexed String unitId, @Indexed String town,
                             @Indexed String department, @Indexed String planId, String templateId,
                             List<String> inspectors, LocalDate inspectedOn, List<Item> items, Status status,
                             Boolean passed, int failedItems, int hazardsRaised, Instant startedAt, String startedBy,
                             Instant completedAt) {

    public static final String COLLECTION = "inspections";

    public enum Status { IN_PROGRESS, COMPLETED }

    /** A checklist item with its finding (null until recorded) and the hazard it raised, if any. */
    public record Item(String code, String text, FindingResult result, String note, String hazardId) {

        Item with(FindingResult newResult, String newNote) {
            return new Item(code, text, newResult, newNote, hazardId);
        }

        Item withHazard(String newHazardId) {
            return new Item(code, text, result, note, newHazardId);
        }
    }

    InspectionView withItems(List<Item> newItems) {
        return new InspectionView(inspectionId, unitId, town, department, planId, templateId, inspectors, inspectedOn,
                newItems, status, passed, failedItems, hazardsRaised, startedAt, startedBy, completedAt);
    }
}
