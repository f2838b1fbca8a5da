package org.firegov.infrastructure.force;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands of the stations-and-forces register (消防力量). */
public final class ForceCommands {

    /** @param stationClass required for a station, absent otherwise */
    public record RegisterForce(@TargetAggregateIdentifier String forceId, ForceKind kind, String name, String town,
                                StationClass stationClass, int personnel) {
    }

    /** @param acquiredOn when the vehicle was bought or received (购置), if known; counts towards Annex 2's years */
    public record AssignVehicle(@TargetAggregateIdentifier String forceId, String vehicleId, VehicleType type,
                                String plate, LocalDate acquiredOn, LocalDate today) {
    }

    public record RetireVehicle(@TargetAggregateIdentifier String forceId, String vehicleId, String reason) {
    }

    /** Equipment (装备) received: {@code quantity} pieces or sets of one category, acquired on a day. */
    public record AddEquipment(@TargetAggregateIdentifier String forceId, String entryId, EquipmentCategory category,
                               String description, int quantity, LocalDate acquiredOn, LocalDate today) {
    }

    /** Equipment written off (报废): no more than the force holds of that category. */
    public record WriteOffEquipment(@TargetAggregateIdentifier String forceId, EquipmentCategory category,
                                    int quantity, String reason) {
    }

    /** The area a station protects (辖区/保护面积), km². Only a station has one. */
    public record SetProtectionArea(@TargetAggregateIdentifier String forceId, BigDecimal areaKm2) {
    }

    private ForceCommands() {
    }
}
