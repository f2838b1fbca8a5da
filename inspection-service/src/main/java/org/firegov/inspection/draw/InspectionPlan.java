package org.firegov.inspection.draw;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.inspection.draw.DoubleRandomDraw.Assignment;
import org.firegov.inspection.draw.DoubleRandomDraw.PopulationUnit;
import org.firegov.inspection.draw.PlanCommands.DrawPlan;
import org.firegov.inspection.draw.PlanCommands.PublishPlan;
import org.firegov.inspection.draw.PlanEvents.DrawnUnit;
import org.firegov.inspection.draw.PlanEvents.PlanDrawn;
import org.firegov.inspection.draw.PlanEvents.PlanPublished;
import org.firegov.kit.domain.BusinessRuleViolation;

/** A double-random, one-public inspection plan (双随机、一公开): drawn once from a recorded seed, then published. */
@Aggregate
public class InspectionPlan {

    @AggregateIdentifier
    private String planId;
    private boolean published;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    /** The draw's result in draw order, each with the unit's town and department from the snapshot. */
    private Map<String, DrawnUnit> drawn;
    private Map<String, List<String>> inspectors;

    protected InspectionPlan() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(DrawPlan command) {
        if (command.periodTo().isBefore(command.periodFrom())) {
            throw new BusinessRuleViolation("period-reversed", "the plan's period ends before it starts");
        }
        if (command.inspectorsPerInspection() < 2) {
            throw new BusinessRuleViolation("too-few-inspectors-per-inspection",
                    "every inspection needs at least two inspectors");
        }
        List<Assignment> assignments = DoubleRandomDraw.draw(command.seed(), command.population(),
                command.inspectors(), command.sampleSize(), command.inspectorsPerInspection());
        apply(new PlanDrawn(command.planId(), command.name(), command.periodFrom(), command.periodTo(),
                command.filter(), command.sampleSize(), command.inspectorsPerInspection(), command.inspectors(),
                command.seed(), command.population(), assignments));
    }

    @CommandHandler
    void handle(PublishPlan command) {
        if (published) {
            throw new BusinessRuleViolation.Conflict("plan-already-published", "plan " + planId + " is already published");
        }
        apply(new PlanPublished(planId, periodFrom.getYear(), List.copyOf(drawn.values())));
    }

    /**
     * What an inspection of a drawn unit under this plan takes from it: its inspectors and the plan's period.
     * 422 {@code plan-not-published} before publication, {@code unit-not-drawn} for a unit the plan did not draw.
     */
    public DrawnInspection inspectionOf(String unitId) {
        if (!published) {
            throw new BusinessRuleViolation("plan-not-published", "plan " + planId + " is not published yet");
        }
        if (!inspectors.containsKey(unitId)) {
            throw new BusinessRuleViolation("unit-not-drawn", "plan " + planId + " did not draw unit " + unitId);
        }
        return new DrawnInspection(planId, inspectors.get(unitId), periodFrom, periodTo);
    }

    /** A drawn unit's inspection as the plan fixed it. */
    public record DrawnInspection(String planId, List<String> inspectors, LocalDate periodFrom, LocalDate periodTo) {
    }

    @EventSourcingHandler
    void on(PlanDrawn event) {
        planId = event.planId();
        periodFrom = event.periodFrom();
        periodTo = event.periodTo();
        Map<String, PopulationUnit> snapshot = event.population().stream()
                .collect(Collectors.toMap(PopulationUnit::unitId, Function.identity(), (a, b) -> a));
        drawn = new LinkedHashMap<>();
        inspectors = new LinkedHashMap<>();
        for (Assignment assignment : event.assignments()) {
            PopulationUnit unit = snapshot.get(assignment.unitId());
            drawn.put(assignment.unitId(), new DrawnUnit(assignment.unitId(), unit == null ? null : unit.town(),
                    unit == null ? null : unit.department()));
            inspectors.put(assignment.unitId(), assignment.inspectors());
        }
    }

    @EventSourcingHandler
    void on(PlanPublished event) {
        published = true;
    }
}
