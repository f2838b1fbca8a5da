package org.firegov.events.inspection;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/** A listed major hazard was delisted (销案) after its rectification was verified. */
@IntegrationEventType(value = "firegov.inspection.hazard.delisted.v1", topic = InspectionEvents.HAZARD_TOPIC)
public record HazardDelistedV1(
        @NotBlank String hazardId,
        @NotBlank String unitId,
        @NotBlank String town,
        @NotBlank String department,
        @NotNull Instant delistedAt) implements IntegrationEvent {
}
