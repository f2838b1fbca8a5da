package org.firegov.inspection.onsite;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.firegov.inspection.checklist.ChecklistItem;

/** Domain events of on-site inspections, private to inspection-service; each carries the unit's scope. */
public final class OnSiteInspectionEvents {

    /** @param items the template's items, copied so the inspection reads the same whatever comes later */
    @Revision("1")
    public record InspectionStarted(String inspectionId, String unitId, String town, String department,
                                    String planId, String templateId, List<ChecklistItem> items,
                                    List<String> inspectors, LocalDate inspectedOn) {
    }

    @Revision("1")
    public record FindingRecorded(String inspectionId, String unitId, String town, String department,
                                  String itemCode, FindingResult result, String note) {
    }

    /** A failed item raised this hazard (reported in the same transaction through the hazard lifecycle). */
    @Revision("1")
    public record FindingHazardRaised(String inspectionId, String unitId, String town, String department,
                                      String itemCode, String hazardId) {
    }

    @Revision("1")
    public record InspectionCompleted(String inspectionId, String unitId, String town, String department,
                                      String planId, LocalDate inspectedOn, boolean passed, int failedItems,
                                      int hazardsRaised) {
    }

    private OnSiteInspectionEvents() {
    }
}
