package org.firegov.infrastructure.force;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.infrastructure.force.ForceCommands.AssignVehicle;
import org.firegov.infrastructure.force.ForceCommands.RegisterForce;
import org.firegov.infrastructure.force.ForceCommands.RetireVehicle;
import org.firegov.infrastructure.force.ForceEvents.ForceRegistered;
import org.firegov.infrastructure.force.ForceEvents.VehicleAssigned;
import org.firegov.infrastructure.force.ForceEvents.VehicleRetired;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.NotFound;

/** A fire and rescue force (station, government full-time brigade or micro fire station) and its duty vehicles. */
@Aggregate
public class Force {

    @AggregateIdentifier
    private String forceId;
    private final Map<String, VehicleType> vehicles = new HashMap<>();

    protected Force() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(RegisterForce command) {
        if (command.name() == null || command.name().isBlank()) {
            throw new BusinessRuleViolation("no-name", "a force needs a name");
        }
        if ((command.kind() == ForceKind.STATION) != (command.stationClass() != null)) {
            throw new BusinessRuleViolation("station-class",
                    "a station needs a class (一级站, 二级站 …) and only a station has one");
        }
        if (command.personnel() < 0) {
            throw new BusinessRuleViolation("negative-personnel", "personnel cannot be negative");
        }
        apply(new ForceRegistered(command.forceId(), command.kind(), command.name(), command.town(),
                command.stationClass(), command.personnel()));
    }

    @CommandHandler
    void handle(AssignVehicle command) {
        if (vehicles.containsKey(command.vehicleId())) {
            throw new BusinessRuleViolation.Conflict("vehicle-assigned",
                    "vehicle " + command.vehicleId() + " is already on duty here");
        }
        apply(new VehicleAssigned(forceId, command.vehicleId(), command.type(), command.plate()));
    }

    @CommandHandler
    void handle(RetireVehicle command) {
        VehicleType type = vehicles.get(command.vehicleId());
        if (type == null) {
            throw new NotFound("vehicle", command.vehicleId());
        }
        apply(new VehicleRetired(forceId, command.vehicleId(), type, command.reason()));
    }

    @EventSourcingHandler
    void on(ForceRegistered event) {
        forceId = event.forceId();
    }

    @EventSourcingHandler
    void on(VehicleAssigned event) {
        vehicles.put(event.vehicleId(), event.type());
    }

    @EventSourcingHandler
    void on(VehicleRetired event) {
        vehicles.remove(event.vehicleId());
    }
}
