package org.firegov.events.infrastructure;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * A key-project milestone passed its planned date without being completed; detected once per milestone.
 *
 * @param detectedOn the day the overdue check found it
 * @param responsibleParty the accountability party code (town or department, e.g. {@code housing}) that answers for
 *                         the project, or {@code null} when the project names none (added later; consumers tolerate null)
 */
@IntegrationEventType(value = "firegov.infrastructure.project.milestone-overdue.v1", topic = InfrastructureEvents.PROJECT_TOPIC)
public record MilestoneOverdueV1(
        @NotBlank String projectId,
        @NotBlank String milestoneId,
        @NotBlank String title,
        @NotNull LocalDate plannedDate,
        @NotNull LocalDate detectedOn,
        @NotNull Instant detectedAt,
        String responsibleParty) implements IntegrationEvent {
}
