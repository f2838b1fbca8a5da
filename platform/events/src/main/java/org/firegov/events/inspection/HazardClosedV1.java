package org.firegov.events.inspection;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/** A hazard's rectification was verified and the hazard closed (整改验收销案). */
@IntegrationEventType(value = "firegov.inspection.hazard.closed.v1", topic = InspectionEvents.HAZARD_TOPIC)
public record HazardClosedV1(
        @NotBlank String hazardId,
        @NotBlank String unitId,
        @NotBlank String town,
        @NotBlank String department,
        @NotNull Instant closedAt) implements IntegrationEvent {
}
