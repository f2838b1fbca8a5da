package org.firegov.infrastructure.force;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.infrastructure.force.ForceCommands.AddEquipment;
import org.firegov.infrastructure.force.ForceCommands.AssignVehicle;
import org.firegov.infrastructure.force.ForceCommands.RegisterForce;
import org.firegov.infrastructure.force.ForceCommands.RetireVehicle;
import org.firegov.infrastructure.force.ForceCommands.SetProtectionArea;
import org.firegov.infrastructure.force.ForceCommands.WriteOffEquipment;
import org.firegov.infrastructure.force.ForceEvents.EquipmentAdded;
import org.firegov.infrastructure.force.ForceEvents.EquipmentWrittenOff;
import org.firegov.infrastructure.force.ForceEvents.ForceRegistered;
import org.firegov.infrastructure.force.ForceEvents.ProtectionAreaSet;
import org.firegov.infrastructure.force.ForceEvents.VehicleAssigned;
import org.firegov.infrastructure.force.ForceEvents.VehicleRetired;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.NotFound;

/**
 * A fire and rescue force (station, government full-time brigade or micro fire station) with its duty vehicles,
 * its equipment inventory (装备, by category) and, for a station, the area it protects.
 */
@Aggregate
public class Force {

    @AggregateIdentifier
    private String forceId;
    private ForceKind kind;
    private final Map<String, VehicleType> vehicles = new HashMap<>();
    private final Map<EquipmentCategory, Integer> equipment = new EnumMap<>(EquipmentCategory.class);

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
        if (command.acquiredOn() != null && command.acquiredOn().isAfter(command.today())) {
            throw new BusinessRuleViolation("acquired-in-future", "a vehicle cannot be acquired in the future");
        }
        apply(new VehicleAssigned(forceId, command.vehicleId(), command.type(), command.plate(), command.acquiredOn()));
    }

    @CommandHandler
    void handle(RetireVehicle command) {
        VehicleType type = vehicles.get(command.vehicleId());
        if (type == null) {
            throw new NotFound("vehicle", command.vehicleId());
        }
        apply(new VehicleRetired(forceId, command.vehicleId(), type, command.reason()));
    }

    @CommandHandler
    void handle(AddEquipment command) {
        if (command.quantity() <= 0) {
            throw new BusinessRuleViolation("no-quantity", "equipment is added in a positive number of pieces or sets");
        }
        if (command.acquiredOn().isAfter(command.today())) {
            throw new BusinessRuleViolation("acquired-in-future", "equipment cannot be acquired in the future");
        }
        apply(new EquipmentAdded(forceId, command.entryId(), command.category(), command.description(),
                command.quantity(), command.acquiredOn()));
    }

    @CommandHandler
    void handle(WriteOffEquipment command) {
        int held = equipment.getOrDefault(command.category(), 0);
        if (command.quantity() <= 0 || command.quantity() > held) {
            throw new BusinessRuleViolation("not-held", "the force holds " + held + " of " + command.category()
                    + "; it can write off between 1 and that many");
        }
        apply(new EquipmentWrittenOff(forceId, command.category(), command.quantity(), held - command.quantity(),
                command.reason()));
    }

    @CommandHandler
    void handle(SetProtectionArea command) {
        if (kind != ForceKind.STATION) {
            throw new BusinessRuleViolation("not-a-station", "only a fire rescue station has a protection area");
        }
        if (command.areaKm2() == null || command.areaKm2().signum() <= 0) {
            throw new BusinessRuleViolation("no-area", "a protection area is a positive number of km²");
        }
        apply(new ProtectionAreaSet(forceId, command.areaKm2()));
    }

    @EventSourcingHandler
    void on(ForceRegistered event) {
        forceId = event.forceId();
        kind = event.kind();
    }

    @EventSourcingHandler
    void on(VehicleAssigned event) {
        vehicles.put(event.vehicleId(), event.type());
    }

    @EventSourcingHandler
    void on(VehicleRetired event) {
        vehicles.remove(event.vehicleId());
    }

    @EventSourcingHandler
    void on(EquipmentAdded event) {
        equipment.merge(event.category(), event.quantity(), Integer::sum);
    }

    @EventSourcingHandler
    void on(EquipmentWrittenOff event) {
        equipment.put(event.category(), event.remaining());
    }
}
