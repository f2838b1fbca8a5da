package org.firegov.events.inspection;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * A fire hazard (火灾隐患) was reported against a unit; it is open until verified closed.
 *
 * @param town       the unit's town code at the time of the report
 * @param department the unit's supervising department code at the time of the report
 * @param source     {@code INSPECTION}, {@code SELF_INSPECTION}, {@code IOT}, {@code GRID_PATROL}, {@code PUBLIC_REPORT}
 * @param major      a major fire hazard (重大火灾隐患)
 */
@IntegrationEventType(value = "firegov.inspection.hazard.reported.v1", topic = InspectionEvents.HAZARD_TOPIC)
public record HazardReportedV1(
        @NotBlank String hazardId,
        @NotBlank String unitId,
        @NotBlank String town,
        @NotBlank String department,
        @NotBlank String source,
        boolean major,
        @NotNull Instant reportedAt) implements IntegrationEvent {
}
