package org.firegov.events.accountability;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/** A responsibility task was completed, on time or late. */
@IntegrationEventType(value = "firegov.accountability.task.completed.v1", topic = AccountabilityEvents.TASK_TOPIC)
public record TaskCompletedV1(@NotBlank String taskId, @NotBlank String partyKind, @NotBlank String partyCode,
                              @NotBlank String planSection, boolean onTime, @NotNull Instant completedAt)
        implements IntegrationEvent {
}
