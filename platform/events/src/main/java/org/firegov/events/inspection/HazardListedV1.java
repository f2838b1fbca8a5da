package org.firegov.events.inspection;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;
import org.firegov.events.Topics;

/** A major fire hazard (重大火灾隐患) was put under listed supervision (挂牌督办) by the committee. */
@IntegrationEventType(value = "firegov.inspection.hazard.listed.v1", topic = Topics.INSPECTION_HAZARD)
public record HazardListedV1(
        @NotBlank String hazardId,
        @NotBlank String unitId,
        @NotBlank String town,
        @NotBlank String department,
        @NotBlank String document,
        @NotNull Instant listedAt) implements IntegrationEvent {
}
