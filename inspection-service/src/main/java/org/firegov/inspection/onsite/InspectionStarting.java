package org.firegov.inspection.onsite;

import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.firegov.inspection.checklist.ChecklistItem;
import org.firegov.inspection.checklist.ChecklistTemplate;
import org.firegov.inspection.draw.InspectionPlan;
import org.firegov.inspection.draw.InspectionPlan.DrawnInspection;
import org.firegov.inspection.onsite.OnSiteInspectionCommands.StartInspection;
import org.firegov.inspection.unit.Unit;
import org.firegov.inspection.unit.Unit.UnitScope;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.springframework.stereotype.Component;

/**
 * Starts an inspection from the event-sourced unit, checklist template and plan (not from read models), so it
 * sees exactly what those aggregates hold: a closed unit is not inspected, a plan's inspection takes the
 * inspectors its draw named and happens within its period.
 */
@Component
class InspectionStarting {

    private final Repository<Unit> units;
    private final Repository<ChecklistTemplate> templates;
    private final Repository<InspectionPlan> plans;
    private final Repository<OnSiteInspection> inspections;

    InspectionStarting(Repository<Unit> units, Repository<ChecklistTemplate> templates,
                       Repository<InspectionPlan> plans, Repository<OnSiteInspection> inspections) {
        this.units = units;
        this.templates = templates;
        this.plans = plans;
        this.inspections = inspections;
    }

    @CommandHandler
    String handle(StartInspection command) throws Exception {
        UnitScope unit = load(units, command.unitId(), "unknown-unit").invoke(Unit::scopeForNewHazard);
        List<ChecklistItem> items = load(templates, command.templateId(), "unknown-checklist")
                .invoke(ChecklistTemplate::items);
        List<String> inspectors = command.inspectors();
        if (command.planId() != null) {
            DrawnInspection drawn = load(plans, command.planId(), "unknown-plan")
                    .invoke(plan -> plan.inspectionOf(command.unitId()));
            if (command.inspectedOn().isBefore(drawn.periodFrom()) || command.inspectedOn().isAfter(drawn.periodTo())) {
                throw new BusinessRuleViolation("outside-plan-period", "the plan's period is " + drawn.periodFrom()
                        + " to " + drawn.periodTo());
            }
            inspectors = drawn.inspectors();
        }
        List<String> chosen = inspectors;
        inspections.newInstance(() -> new OnSiteInspection(command.inspectionId(), unit, command.planId(),
                command.templateId(), items, chosen, command.inspectedOn()));
        return command.inspectionId();
    }

    private static <T> org.axonframework.modelling.command.Aggregate<T> load(Repository<T> repository, String id,
                                                                             String code) {
        try {
            return repository.load(id);
        } catch (AggregateNotFoundException e) {
            throw new BusinessRuleViolation(code, "no " + code.substring("unknown-".length()) + " " + id);
        }
    }
}
