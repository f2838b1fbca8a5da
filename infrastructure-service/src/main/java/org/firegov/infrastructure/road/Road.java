package org.firegov.infrastructure.road;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.infrastructure.road.RoadCommands.RegisterRoad;
import org.firegov.infrastructure.road.RoadEvents.RoadRegistered;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.NotFound;

/**
 * A town road with the number of municipal hydrants it requires: hydrants are designed, built and put into use
 * together with the road (三同步 — same design, same construction, same commissioning).
 */
@Aggregate
public class Road {

    @AggregateIdentifier
    private String roadId;

    protected Road() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(RegisterRoad command) {
        if (command.actingTown() != null && !command.actingTown().equals(command.town())) {
            throw new NotFound("town", command.town());
        }
        if (command.requiredHydrants() < 0) {
            throw new BusinessRuleViolation("negative-requirement", "a road cannot require fewer than 0 hydrants");
        }
        if (command.name() == null || command.name().isBlank()) {
            throw new BusinessRuleViolation("no-name", "a road needs a name");
        }
        apply(new RoadRegistered(command.roadId(), command.name(), command.town(), command.requiredHydrants(),
                command.demo()));
    }

    @EventSourcingHandler
    void on(RoadRegistered event) {
        roadId = event.roadId();
    }
}
