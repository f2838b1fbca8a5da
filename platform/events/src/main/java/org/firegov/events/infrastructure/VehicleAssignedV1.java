package org.firegov.events.infrastructure;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * A duty vehicle was put on duty at a force: evidence for Annex 2 (a water-tank engine in 2022, a publicity vehicle
 * in 2025), which counts vehicles by type and acquisition year.
 *
 * @param type       an Annex 2 type: {@code WATER_TANK}, {@code FOAM}, … {@code PUBLICITY}
 * @param acquiredOn when it was bought or received; null when not recorded
 */
@IntegrationEventType(value = "firegov.infrastructure.force.vehicle-assigned.v1", topic = InfrastructureEvents.FORCE_TOPIC)
public record VehicleAssignedV1(
        @NotBlank String forceId,
        @NotBlank String vehicleId,
        @NotBlank String type,
        LocalDate acquiredOn,
        @NotNull Instant assignedAt) implements IntegrationEvent {
}
