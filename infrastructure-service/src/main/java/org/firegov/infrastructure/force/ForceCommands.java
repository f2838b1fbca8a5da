package org.firegov.infrastructure.force;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands of the stations-and-forces register (消防力量). */
public final class ForceCommands {

    /** @param stationClass required for a station, absent otherwise */
    public record RegisterForce(@TargetAggregateIdentifier String forceId, ForceKind kind, String name, String town,
                                StationClass stationClass, int personnel) {
    }

    public record AssignVehicle(@TargetAggregateIdentifier String forceId, String vehicleId, VehicleType type,
                                String plate) {
    }

    public record RetireVehicle(@TargetAggregateIdentifier String forceId, String vehicleId, String reason) {
    }

    private ForceCommands() {
    }
}
