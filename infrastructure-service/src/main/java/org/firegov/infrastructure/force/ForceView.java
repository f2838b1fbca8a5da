package org.firegov.infrastructure.force;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Read model of a force with its vehicles on duty. */
@Document(ForceView.COLLECTION)
public record ForceView(@Id String forceId, ForceKind kind, String name, @Indexed String town,
                        StationClass stationClass, int personnel, List<VehicleView> vehicles, Instant registeredAt) {

    public static final String COLLECTION = "forces";

    public record VehicleView(String vehicleId, VehicleType type, VehicleType.Group group, String plate) {
    }

    ForceView withVehicles(List<VehicleView> changed) {
        return new ForceView(forceId, kind, name, town, stationClass, personnel, changed, registeredAt);
    }
}
