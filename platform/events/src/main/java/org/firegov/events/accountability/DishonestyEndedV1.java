package org.firegov.events.accountability;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * A dishonesty record stopped applying.
 *
 * @param how {@code REPAIRED} (信用修复, the unit proved it put things right) or {@code EXPIRED} (期满移出)
 */
@IntegrationEventType(value = "firegov.accountability.dishonesty.ended.v1", topic = AccountabilityEvents.DISHONESTY_TOPIC)
public record DishonestyEndedV1(@NotBlank String recordId, @NotBlank String unitId, @NotBlank String how,
                                @NotNull Instant endedAt) implements IntegrationEvent {
}
