package org.firegov.training.drill;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.kit.domain.BusinessRuleViolation;

/** An evacuation drill (疏散演练): a recorded fact of the past, with who took part and how long evacuation took. */
@Aggregate
public class Drill {

    @AggregateIdentifier
    private String drillId;

    protected Drill() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(RecordDrill command) {
        if (command.heldOn().isAfter(command.today())) {
            throw new BusinessRuleViolation("held-in-future", "a drill can only be recorded once it was held");
        }
        apply(new DrillRecorded(command.drillId(), command.unitId(), command.unitName(), command.town(),
                command.department(), command.heldOn(), command.participants(), command.evacuationSeconds(),
                command.note()));
    }

    @EventSourcingHandler
    void on(DrillRecorded event) {
        drillId = event.drillId();
    }
}
