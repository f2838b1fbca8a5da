package org.firegov.events.inspection;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * The brigade moved a notification-commitment application (告知承诺) on.
 *
 * @param status      {@code ACCEPTED} (受理: the place may open on its commitment), {@code CHECK_SCHEDULED} (on-site
 *                    check 现场核查 fixed for {@code checkDate}), {@code APPROVED} (check passed), {@code REJECTED}
 *                    (not accepted, or the check failed: {@code reason} says why)
 * @param sequence    the application's event number (the submission is 1), strictly increasing by one
 * @param reason      why it was rejected ({@code REJECTED} only)
 * @param checkDueBy  the latest day of the on-site check ({@code ACCEPTED}, {@code CHECK_SCHEDULED})
 * @param checkDate   the day of the check ({@code CHECK_SCHEDULED}, {@code APPROVED}, {@code REJECTED} after a check)
 */
@IntegrationEventType(value = "firegov.inspection.opening-application.status-changed.v1",
        topic = InspectionEvents.OPENING_APPLICATION_TOPIC)
public record OpeningApplicationStatusChangedV1(
        @NotBlank String applicationId,
        @NotBlank String clientId,
        @Positive long sequence,
        @NotBlank String status,
        String reason,
        LocalDate checkDueBy,
        LocalDate checkDate,
        @NotNull Instant changedAt) implements IntegrationEvent {
}
