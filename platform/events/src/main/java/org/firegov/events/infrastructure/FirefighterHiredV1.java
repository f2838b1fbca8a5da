package org.firegov.events.infrastructure;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * A government full-time firefighter (政府专职消防员) was hired: evidence for the plan's 15 recruits, 3 a year
 * 2021–2025 (Annex 4), counted by the year of {@code hiredOn}.
 *
 * @param staffNo the county's personnel number (no name or other personal data travels)
 * @param town    where the recruit is posted
 */
@IntegrationEventType(value = "firegov.infrastructure.recruit.hired.v1", topic = InfrastructureEvents.RECRUIT_TOPIC)
public record FirefighterHiredV1(
        @NotBlank String staffNo,
        @NotNull LocalDate hiredOn,
        @NotBlank String town,
        @NotNull Instant recordedAt) implements IntegrationEvent {
}
