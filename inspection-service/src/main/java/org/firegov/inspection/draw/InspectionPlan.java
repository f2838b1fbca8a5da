package org.firegov.inspection.draw;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.inspection.draw.DoubleRandomDraw.Assignment;
import org.firegov.inspection.draw.PlanCommands.DrawPlan;
import org.firegov.inspection.draw.PlanCommands.PublishPlan;
import org.firegov.inspection.draw.PlanEvents.PlanDrawn;
import org.firegov.inspection.draw.PlanEvents.PlanPublished;
import org.firegov.kit.domain.BusinessRuleViolation;

/** A double-random, one-public inspection plan (双随机、一公开): drawn once from a recorded seed, then published. */
@Aggregate
public class InspectionPlan {

    @AggregateIdentifier
    private String planId;
    private boolean published;

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
        apply(new PlanPublished(planId));
    }

    @EventSourcingHandler
    void on(PlanDrawn event) {
        planId = event.planId();
    }

    @EventSourcingHandler
    void on(PlanPublished event) {
        published = true;
    }
}
