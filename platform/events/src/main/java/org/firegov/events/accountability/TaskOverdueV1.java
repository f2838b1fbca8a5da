package org.firegov.events.accountability;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * A task of a party's responsibility list (责任清单) passed its deadline undone: escalation, and evidence for the
 * annual assessment.
 *
 * @param partyKind {@code TOWN} or {@code DEPARTMENT}
 * @param partyCode the town or department code
 */
@IntegrationEventType(value = "firegov.accountability.task.overdue.v1", topic = AccountabilityEvents.TASK_TOPIC)
public record TaskOverdueV1(@NotBlank String taskId, @NotBlank String partyKind, @NotBlank String partyCode,
                            @NotBlank String planSection, @NotNull Instant deadline) implements IntegrationEvent {
}
