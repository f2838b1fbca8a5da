package org.firegov.events.inspection;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;
import org.firegov.events.Topics;

/** A listed major hazard was delisted (销案) after its rectification was verified. */
@IntegrationEventType(value = "firegov.inspection.hazard.delisted.v1", topic = Topics.INSPECTION_HAZARD)
public record HazardDelistedV1(
        @NotBlank String hazardId,
        @NotBlank String unitId,
        @NotBlank String town,
        @NotBlank String department,
        @NotNull Instant delistedAt) implements IntegrationEvent {
}
