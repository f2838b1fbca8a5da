package org.firegov.events.inspection;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * A hazard's rectification passed verification (整改验收合格); {@code onTime} if the accepted rectification was submitted
 * by its deadline. Followed by {@code hazard.closed.v1}.
 */
@IntegrationEventType(value = "firegov.inspection.hazard.rectified.v1", topic = InspectionEvents.HAZARD_TOPIC)
public record HazardRectifiedV1(
        @NotBlank String hazardId,
        @NotBlank String unitId,
        @NotBlank String town,
        @NotBlank String department,
        @NotNull Instant deadline,
        boolean onTime,
        @NotNull Instant rectifiedAt) implements IntegrationEvent {
}
