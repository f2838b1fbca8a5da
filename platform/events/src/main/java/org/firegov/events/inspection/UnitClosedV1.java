package org.firegov.events.inspection;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/** A unit was closed in the registry (注销); it gets no new hazards. */
@IntegrationEventType(value = "firegov.inspection.unit.closed.v1", topic = InspectionEvents.UNIT_TOPIC)
public record UnitClosedV1(
        @NotBlank String unitId,
        @NotBlank String town,
        @NotBlank String department,
        @NotNull Instant closedAt) implements IntegrationEvent {
}
