package org.firegov.infrastructure.force;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.firegov.infrastructure.force.ForceEvents.EquipmentAdded;
import org.firegov.infrastructure.force.ForceEvents.EquipmentWrittenOff;
import org.firegov.infrastructure.force.ForceEvents.ForceRegistered;
import org.firegov.infrastructure.force.ForceEvents.ProtectionAreaSet;
import org.firegov.infrastructure.force.ForceEvents.VehicleAssigned;
import org.firegov.infrastructure.force.ForceEvents.VehicleRetired;
import org.firegov.infrastructure.force.ForceView.VehicleView;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps the {@code forces} and {@code equipment_entries} collections; rebuilt from the event store on replay. */
@Component
@ProcessingGroup(ForceProjection.GROUP)
class ForceProjection {

    static final String GROUP = "forces";

    private final MongoTemplate mongo;

    ForceProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ForceRegistered event, @Timestamp Instant at) {
        mongo.save(new ForceView(event.forceId(), event.kind(), event.name(), event.town(), event.stationClass(),
                event.personnel(), List.of(), at, null, Map.of()));
    }

    @EventHandler
    void on(VehicleAssigned event) {
        change(event.forceId(), force -> {
            List<VehicleView> vehicles = new ArrayList<>(force.vehicles());
            vehicles.add(new VehicleView(event.vehicleId(), event.type(), event.type().group(), event.plate(),
                    event.acquiredOn()));
            return force.withVehicles(vehicles);
        });
    }

    @EventHandler
    void on(VehicleRetired event) {
        change(event.forceId(), force -> force.withVehicles(force.vehicles().stream()
                .filter(v -> !v.vehicleId().equals(event.vehicleId())).toList()));
    }

    @EventHandler
    void on(EquipmentAdded event) {
        change(event.forceId(), force -> {
            mongo.save(new EquipmentEntryView(event.entryId(), event.forceId(), force.town(), event.category(),
                    event.description(), event.quantity(), event.acquiredOn(), event.acquiredOn().getYear()));
            Map<EquipmentCategory, Integer> held = new EnumMap<>(EquipmentCategory.class);
            held.putAll(force.equipment());
            held.merge(event.category(), event.quantity(), Integer::sum);
            return force.withEquipment(held);
        });
    }

    @EventHandler
    void on(EquipmentWrittenOff event) {
        change(event.forceId(), force -> {
            Map<EquipmentCategory, Integer> held = new EnumMap<>(EquipmentCategory.class);
            held.putAll(force.equipment());
            held.put(event.category(), event.remaining());
            return force.withEquipment(held);
        });
    }

    @EventHandler
    void on(ProtectionAreaSet event) {
        change(event.forceId(), force -> force.withProtectionArea(event.areaKm2()));
    }

    private void change(String forceId, UnaryOperator<ForceView> change) {
        ForceView force = mongo.findById(forceId, ForceView.class, ForceView.COLLECTION);
        if (force != null) {
            mongo.save(change.apply(force), ForceView.COLLECTION);
        }
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ForceView.COLLECTION);
        mongo.dropCollection(EquipmentEntryView.COLLECTION);
    }
}
