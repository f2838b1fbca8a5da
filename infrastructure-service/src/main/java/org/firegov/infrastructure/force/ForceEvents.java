package org.firegov.infrastructure.force;

import org.axonframework.serialization.Revision;

/** Domain events of the stations-and-forces register, private to infrastructure-service. */
public final class ForceEvents {

    @Revision("1")
    public record ForceRegistered(String forceId, ForceKind kind, String name, String town,
                                  StationClass stationClass, int personnel) {
    }

    @Revision("1")
    public record VehicleAssigned(String forceId, String vehicleId, VehicleType type, String plate) {
    }

    @Revision("1")
    public record VehicleRetired(String forceId, String vehicleId, VehicleType type, String reason) {
    }

    private ForceEvents() {
    }
}
