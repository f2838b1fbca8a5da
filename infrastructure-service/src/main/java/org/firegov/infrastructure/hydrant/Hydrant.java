package org.firegov.infrastructure.hydrant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.infrastructure.hydrant.HydrantCommands.ChangeHydrantStatus;
import org.firegov.infrastructure.hydrant.HydrantCommands.RegisterHydrant;
import org.firegov.infrastructure.hydrant.HydrantCommands.UpdateHydrantDetails;
import org.firegov.infrastructure.hydrant.HydrantEvents.HydrantDetailsUpdated;
import org.firegov.infrastructure.hydrant.HydrantEvents.HydrantRegistered;
import org.firegov.infrastructure.hydrant.HydrantEvents.HydrantStatusChanged;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.NotFound;

/** A municipal hydrant (市政消火栓), water-intake facility (取水设施) or fire-water pool (消防水池) of a town. */
@Aggregate
public class Hydrant {

    @AggregateIdentifier
    private String hydrantId;
    private HydrantType type;
    private String town;
    private HydrantStatus status;

    protected Hydrant() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(RegisterHydrant command) {
        requireActingTown(command.actingTown(), command.town(), "town", command.town());
        requireInsideCounty(command.latitude(), command.longitude());
        apply(new HydrantRegistered(command.hydrantId(), command.type(), command.town(), command.road(),
                command.latitude(), command.longitude(), command.demo()));
    }

    @CommandHandler
    void handle(UpdateHydrantDetails command) {
        requireActingTown(command.actingTown(), town, "hydrant", hydrantId);
        requireInsideCounty(command.latitude(), command.longitude());
        apply(new HydrantDetailsUpdated(hydrantId, town, command.road(), command.latitude(), command.longitude()));
    }

    @CommandHandler
    void handle(ChangeHydrantStatus command) {
        requireActingTown(command.actingTown(), town, "hydrant", hydrantId);
        if (command.reason() == null || command.reason().isBlank()) {
            throw new BusinessRuleViolation("no-reason", "a status change needs a reason");
        }
        if (command.status() == status) {
            throw new BusinessRuleViolation.Conflict("status-unchanged", "hydrant " + hydrantId + " is already " + status);
        }
        apply(new HydrantStatusChanged(hydrantId, type, town, status, command.status(), command.reason(),
                command.source()));
    }

    /** A town user touches only its own town's hydrants; anything else does not exist for it. */
    private static void requireActingTown(String actingTown, String objectTown, String what, String id) {
        if (actingTown != null && !actingTown.equals(objectTown)) {
            throw new NotFound(what, id);
        }
    }

    private static void requireInsideCounty(double latitude, double longitude) {
        if (!WuxiCounty.contains(latitude, longitude)) {
            throw new BusinessRuleViolation("outside-county",
                    "(" + latitude + ", " + longitude + ") is not inside Wuxi County (WGS-84 lat 31.2–31.8, lon 108.9–109.9)");
        }
    }

    @EventSourcingHandler
    void on(HydrantRegistered event) {
        hydrantId = event.hydrantId();
        type = event.type();
        town = event.town();
        status = HydrantStatus.IN_SERVICE;
    }

    @EventSourcingHandler
    void on(HydrantStatusChanged event) {
        status = event.to();
    }
}
