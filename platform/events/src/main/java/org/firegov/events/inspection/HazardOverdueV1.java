package org.firegov.events.inspection;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * A hazard passed its rectification deadline unrectified (逾期未整改): escalate to its town and department. Sent once
 * per deadline.
 */
@IntegrationEventType(value = "firegov.inspection.hazard.overdue.v1", topic = InspectionEvents.HAZARD_TOPIC)
public record HazardOverdueV1(
        @NotBlank String hazardId,
        @NotBlank String unitId,
        @NotBlank String town,
        @NotBlank String department,
        @NotNull Instant deadline,
        @NotNull Instant overdueAt) implements IntegrationEvent {
}
