package org.firegov.inspection.onsite;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.inspection.checklist.ChecklistItem;
import org.firegov.inspection.onsite.OnSiteInspectionCommands.CompleteInspection;
import org.firegov.inspection.onsite.OnSiteInspectionCommands.Finding;
import org.firegov.inspection.onsite.OnSiteInspectionCommands.RecordFindings;
import org.firegov.inspection.onsite.OnSiteInspectionEvents.FindingHazardRaised;
import org.firegov.inspection.onsite.OnSiteInspectionEvents.FindingRecorded;
import org.firegov.inspection.onsite.OnSiteInspectionEvents.InspectionCompleted;
import org.firegov.inspection.onsite.OnSiteInspectionEvents.InspectionStarted;
import org.firegov.inspection.unit.Unit.UnitScope;
import org.firegov.kit.domain.BusinessRuleViolation;

/**
 * An on-site inspection (监督检查) of a unit: at least two inspectors check the items of the unit's checklist one by
 * one; a failed item may raise a hazard; once every item is answered the inspection is completed (and public).
 */
@Aggregate
public class OnSiteInspection {

    @AggregateIdentifier
    private String inspectionId;
    private UnitScope unit;
    private String planId;
    private LocalDate inspectedOn;
    private Map<String, String> itemTexts;
    private Map<String, FindingResult> results;
    private Set<String> itemsWithHazard;
    private boolean completed;

    protected OnSiteInspection() {
        // for Axon
    }

    OnSiteInspection(String inspectionId, UnitScope unit, String planId, String templateId, List<ChecklistItem> items,
                     List<String> inspectors, LocalDate inspectedOn) {
        if (inspectors == null || inspectors.stream().distinct().count() < 2) {
            throw new BusinessRuleViolation("too-few-inspectors", "an inspection needs at least two inspectors");
        }
        apply(new InspectionStarted(inspectionId, unit.unitId(), unit.town(), unit.department(), planId, templateId,
                List.copyOf(items), List.copyOf(inspectors), inspectedOn));
    }

    @CommandHandler
    void handle(RecordFindings command) {
        requireOpen();
        for (Finding finding : command.findings()) {
            requireItem(finding.itemCode());
            if (itemsWithHazard.contains(finding.itemCode()) && finding.result() != FindingResult.FAIL) {
                throw new BusinessRuleViolation.Conflict("finding-has-hazard", "item " + finding.itemCode()
                        + " raised a hazard; its finding stays FAIL (the hazard's own lifecycle tracks the fix)");
            }
        }
        for (Finding finding : command.findings()) {
            apply(new FindingRecorded(inspectionId, unit.unitId(), unit.town(), unit.department(), finding.itemCode(),
                    finding.result(), finding.note()));
        }
    }

    /**
     * Records that a failed item raises the given hazard; returns the hazard's description and unit for the hazard
     * report that follows in the same transaction.
     */
    public RaisedHazard raiseHazard(String itemCode, String hazardId, String description) {
        requireOpen();
        requireItem(itemCode);
        if (results.get(itemCode) != FindingResult.FAIL) {
            throw new BusinessRuleViolation("item-not-failed", "only a failed item raises a hazard");
        }
        if (itemsWithHazard.contains(itemCode)) {
            throw new BusinessRuleViolation.Conflict("hazard-already-raised", "item " + itemCode + " already raised a hazard");
        }
        apply(new FindingHazardRaised(inspectionId, unit.unitId(), unit.town(), unit.department(), itemCode, hazardId));
        return new RaisedHazard(unit.unitId(), description != null ? description : itemTexts.get(itemCode));
    }

    /** What the hazard report needs. */
    public record RaisedHazard(String unitId, String description) {
    }

    @CommandHandler
    void handle(CompleteInspection command) {
        if (completed) {
            throw new BusinessRuleViolation.Conflict("inspection-already-completed",
                    "inspection " + inspectionId + " is already completed");
        }
        List<String> unanswered = results.entrySet().stream().filter(e -> e.getValue() == null)
                .map(Map.Entry::getKey).toList();
        if (!unanswered.isEmpty()) {
            throw new BusinessRuleViolation("items-unanswered", "items without a finding: " + unanswered);
        }
        int failed = (int) results.values().stream().filter(r -> r == FindingResult.FAIL).count();
        apply(new InspectionCompleted(inspectionId, unit.unitId(), unit.town(), unit.department(), planId,
                inspectedOn, failed == 0, failed, itemsWithHazard.size()));
    }

    private void requireOpen() {
        if (completed) {
            throw new BusinessRuleViolation.Conflict("inspection-completed", "inspection " + inspectionId
                    + " is completed; its findings no longer change");
        }
    }

    private void requireItem(String itemCode) {
        if (!itemTexts.containsKey(itemCode)) {
            throw new BusinessRuleViolation("unknown-item", "the inspection's checklist has no item " + itemCode);
        }
    }

    @EventSourcingHandler
    void on(InspectionStarted event) {
        inspectionId = event.inspectionId();
        unit = new UnitScope(event.unitId(), event.town(), event.department());
        planId = event.planId();
        inspectedOn = event.inspectedOn();
        itemTexts = new LinkedHashMap<>();
        results = new LinkedHashMap<>();
        for (ChecklistItem item : event.items()) {
            itemTexts.put(item.code(), item.text());
            results.put(item.code(), null);
        }
        itemsWithHazard = new HashSet<>();
    }

    @EventSourcingHandler
    void on(FindingRecorded event) {
        results.put(event.itemCode(), event.result());
    }

    @EventSourcingHandler
    void on(FindingHazardRaised event) {
        itemsWithHazard.add(event.itemCode());
    }

    @EventSourcingHandler
    void on(InspectionCompleted event) {
        completed = true;
    }
}
