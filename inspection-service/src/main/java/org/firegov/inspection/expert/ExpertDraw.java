package org.firegov.inspection.expert;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.inspection.draw.DoubleRandomDraw;
import org.firegov.inspection.expert.ExpertCommands.DrawExperts;
import org.firegov.inspection.expert.ExpertEvents.ExpertsDrawn;
import org.firegov.kit.domain.BusinessRuleViolation;

/**
 * 专家抽取 — experts drawn at random for a review at a unit, with the same mechanics as the inspectors of a
 * double-random plan ({@link DoubleRandomDraw#drawPeople}): a recorded seed and pool snapshot, so anyone re-runs it.
 */
@Aggregate
public class ExpertDraw {

    @AggregateIdentifier
    private String drawId;

    protected ExpertDraw() {
        // for Axon
    }

    /** @return the drawn experts' ids */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    List<String> handle(DrawExperts command) {
        if (command.count() < 1) {
            throw new BusinessRuleViolation("count-out-of-range", "at least one expert must be drawn");
        }
        List<String> experts;
        try {
            experts = DoubleRandomDraw.drawPeople(command.seed(), command.unitId(), command.pool(), command.count());
        } catch (BusinessRuleViolation tooFew) {
            throw new BusinessRuleViolation("not-enough-experts", "only " + eligible(command) + " experts of "
                    + command.field() + " without a conflict with unit " + command.unitId() + ", " + command.count()
                    + " needed");
        }
        apply(new ExpertsDrawn(command.drawId(), command.unitId(), command.field(), command.purpose(),
                command.count(), command.seed(), command.pool(), experts));
        return experts;
    }

    private static long eligible(DrawExperts command) {
        return command.pool().stream().filter(expert -> expert.conflicts() == null || !expert.conflicts().contains(command.unitId())).count();
    }

    @EventSourcingHandler
    void on(ExpertsDrawn event) {
        drawId = event.drawId();
    }
}
