package org.firegov.events.infrastructure;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * A hydrant's or water source's status changed (found damaged at an inspection, repaired, taken out of service).
 *
 * @param type   {@code HYDRANT}, {@code INTAKE} or {@code POOL}
 * @param from   previous status: {@code IN_SERVICE}, {@code DAMAGED} or {@code OUT_OF_SERVICE}
 * @param to     new status, same values
 * @param source {@code INSPECTION}, {@code REPAIR} or {@code OTHER}
 */
@IntegrationEventType(value = "firegov.infrastructure.hydrant.status-changed.v1", topic = InfrastructureEvents.HYDRANT_TOPIC)
public record HydrantStatusChangedV1(
        @NotBlank String hydrantId,
        @NotBlank String type,
        @NotBlank String town,
        @NotBlank String from,
        @NotBlank String to,
        @NotBlank String reason,
        @NotBlank String source,
        @NotNull Instant changedAt) implements IntegrationEvent {
}
