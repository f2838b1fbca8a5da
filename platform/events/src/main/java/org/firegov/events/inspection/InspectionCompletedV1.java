package org.firegov.events.inspection;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * An on-site inspection (监督检查) of a unit was completed, checklist item by item.
 *
 * @param planId        the double-random plan that drew the unit, or {@code null} for an inspection outside a plan
 * @param passed        no checklist item failed
 * @param failedItems   checklist items found failing
 * @param hazardsRaised hazards raised from failed items
 */
@IntegrationEventType(value = "firegov.inspection.inspection.completed.v1", topic = InspectionEvents.INSPECTION_TOPIC)
public record InspectionCompletedV1(
        @NotBlank String inspectionId,
        @NotBlank String unitId,
        @NotBlank String town,
        @NotBlank String department,
        String planId,
        @NotNull LocalDate inspectedOn,
        boolean passed,
        @PositiveOrZero int failedItems,
        @PositiveOrZero int hazardsRaised,
        @NotNull Instant completedAt) implements IntegrationEvent {
}
