package org.firegov.infrastructure.force;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.firegov.infrastructure.force.ForceEvents.ForceRegistered;
import org.firegov.infrastructure.force.ForceEvents.VehicleAssigned;
import org.firegov.infrastructure.force.ForceEvents.VehicleRetired;
import org.firegov.infrastructure.force.ForceView.VehicleView;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps the {@code forces} collection; rebuilt from the event store on replay. */
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
                event.personnel(), List.of(), at));
    }

    @EventHandler
    void on(VehicleAssigned event) {
        ForceView force = mongo.findById(event.forceId(), ForceView.class, ForceView.COLLECTION);
        if (force != null) {
            List<VehicleView> vehicles = new ArrayList<>(force.vehicles());
            vehicles.add(new VehicleView(event.vehicleId(), event.type(), event.type().group(), event.plate()));
            mongo.save(force.withVehicles(vehicles), ForceView.COLLECTION);
        }
    }

    @EventHandler
    void on(VehicleRetired event) {
        ForceView force = mongo.findById(event.forceId(), ForceView.class, ForceView.COLLECTION);
        if (force != null) {
            mongo.save(force.withVehicles(force.vehicles().stream()
                    .filter(v -> !v.vehicleId().equals(event.vehicleId())).toList()), ForceView.COLLECTION);
        }
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ForceView.COLLECTION);
    }
}
