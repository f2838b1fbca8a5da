package org.firegov.events.infrastructure;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * A milestone of a key project (重点工程) was reported complete.
 *
 * @param onTime    completed on or before its planned date
 * @param daysLate  days after the planned date (0 when on time)
 * @param responsibleParty the accountability party code (town or department, e.g. {@code housing}) that answers for
 *                         the project, or {@code null} when the project names none (added later; consumers tolerate null)
 */
@IntegrationEventType(value = "firegov.infrastructure.project.milestone-completed.v1", topic = InfrastructureEvents.PROJECT_TOPIC)
public record MilestoneCompletedV1(
        @NotBlank String projectId,
        @NotBlank String milestoneId,
        @NotBlank String title,
        @NotNull LocalDate plannedDate,
        @NotNull LocalDate completedOn,
        boolean onTime,
        long daysLate,
        @NotNull Instant reportedAt,
        String responsibleParty) implements IntegrationEvent {
}
