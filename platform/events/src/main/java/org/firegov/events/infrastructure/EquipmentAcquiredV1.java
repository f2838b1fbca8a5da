package org.firegov.events.infrastructure;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * A force received fire-fighting and rescue equipment: evidence for the plan's 10,000+ pieces or sets (件（套）)
 * acquired 2021–2025 (the sum of {@code quantity} over acquisitions dated in those years).
 *
 * @param category {@code PROTECTIVE}, {@code FIRE_FIGHTING}, {@code RESCUE}, {@code HAZMAT}, {@code COMMUNICATION},
 *                 {@code SPECIAL_RESPONSE} or {@code OTHER}
 */
@IntegrationEventType(value = "firegov.infrastructure.force.equipment-acquired.v1", topic = InfrastructureEvents.FORCE_TOPIC)
public record EquipmentAcquiredV1(
        @NotBlank String forceId,
        @NotBlank String entryId,
        @NotBlank String category,
        int quantity,
        @NotNull LocalDate acquiredOn,
        @NotNull Instant recordedAt) implements IntegrationEvent {
}
