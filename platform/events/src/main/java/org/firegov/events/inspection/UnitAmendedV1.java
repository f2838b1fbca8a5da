package org.firegov.events.inspection;

import java.time.Instant;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * A registered unit's particulars were amended; carries the whole new state. A new town or department applies to
 * hazards reported afterwards.
 */
@IntegrationEventType(value = "firegov.inspection.unit.amended.v1", topic = InspectionEvents.UNIT_TOPIC)
public record UnitAmendedV1(
        @NotBlank String unitId,
        @NotBlank String name,
        @NotBlank String town,
        @NotBlank String department,
        Set<String> categories,
        @NotBlank String riskGrade,
        @NotNull Instant amendedAt) implements IntegrationEvent {
}
