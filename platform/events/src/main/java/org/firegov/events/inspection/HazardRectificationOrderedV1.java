package org.firegov.events.inspection;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * Rectification of a hazard was ordered (责令限期整改) with a deadline; also sent again with a new deadline when a
 * rectification is rejected.
 */
@IntegrationEventType(value = "firegov.inspection.hazard.rectification-ordered.v1", topic = InspectionEvents.HAZARD_TOPIC)
public record HazardRectificationOrderedV1(
        @NotBlank String hazardId,
        @NotBlank String unitId,
        @NotBlank String town,
        @NotBlank String department,
        @NotNull Instant deadline,
        @NotNull Instant orderedAt) implements IntegrationEvent {
}
