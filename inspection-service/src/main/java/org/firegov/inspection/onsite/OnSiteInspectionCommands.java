package org.firegov.inspection.onsite;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands of an on-site inspection (监督检查). */
public final class OnSiteInspectionCommands {

    /**
     * Start inspecting a unit against a checklist template; handled by {@link InspectionStarting}, which reads the
     * unit's scope, the template's items and, for a plan's drawn unit, the plan's inspectors.
     *
     * @param planId     the published double-random plan that drew the unit, or null
     * @param inspectors the inspectors (执法人员) outside a plan; ignored for a plan, whose draw names them
     */
    public record StartInspection(String inspectionId, String unitId, String planId, String templateId,
                                  List<String> inspectors, LocalDate inspectedOn) {
    }

    /** One item's finding; a finding may be changed until completion. */
    public record Finding(String itemCode, FindingResult result, String note) {
    }

    public record RecordFindings(@TargetAggregateIdentifier String inspectionId, List<Finding> findings) {
    }

    /**
     * Raise a hazard (火灾隐患, source INSPECTION) from a failed item; handled by {@link FindingHazards}, which
     * reports it through the hazard lifecycle's own command.
     *
     * @param description what is wrong; the item's text and note when null
     */
    public record RaiseFindingHazard(String inspectionId, String itemCode, String description, boolean major) {
    }

    /** All items answered: the inspection is completed and its result may be published. */
    public record CompleteInspection(@TargetAggregateIdentifier String inspectionId) {
    }

    private OnSiteInspectionCommands() {
    }
}
