package org.firegov.events.inspection;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/** A major fire hazard (重大火灾隐患) was put under listed supervision (挂牌督办) by the committee. */
@IntegrationEventType(value = "firegov.inspection.hazard.listed.v1", topic = InspectionEvents.HAZARD_TOPIC)
public record HazardListedV1(
        @NotBlank String hazardId,
        @NotBlank String unitId,
        @NotBlank String town,
        @NotBlank String department,
        @NotBlank String document,
        @NotNull Instant listedAt) implements IntegrationEvent {
}
