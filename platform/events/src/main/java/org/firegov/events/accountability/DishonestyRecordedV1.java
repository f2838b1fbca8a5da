package org.firegov.events.accountability;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * A unit was put on the fire-safety dishonesty list (消防失信): published to the county's public credit platform,
 * and it raises the unit's sampling weight in double-random inspections until the record ends.
 *
 * @param basis {@code VIOLATION} (违法行为) or {@code INVESTIGATION} (火灾事故调查认定)
 */
@IntegrationEventType(value = "firegov.accountability.dishonesty.recorded.v1", topic = AccountabilityEvents.DISHONESTY_TOPIC)
public record DishonestyRecordedV1(@NotBlank String recordId, @NotBlank String unitId, @NotBlank String unitName,
                                   String town, String department, @NotBlank String basis, @NotBlank String reason,
                                   @NotNull LocalDate effectiveFrom, @NotNull LocalDate expiresOn)
        implements IntegrationEvent {
}
