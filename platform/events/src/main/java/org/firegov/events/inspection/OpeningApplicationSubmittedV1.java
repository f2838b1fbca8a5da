package org.firegov.events.inspection;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * A public gathering place applied for opening under notification-commitment (公众聚集场所投入使用、营业前消防安全检查
 * 告知承诺) and signed the commitment. Always the first event of an application (sequence 1, status
 * {@code SUBMITTED}); its later steps are {@link OpeningApplicationStatusChangedV1}.
 *
 * @param clientId    the machine client that submitted it (the token's {@code azp}, e.g. {@code gov-platform}):
 *                    whose status callbacks the application's events are
 * @param sequence    1: the application's events are numbered 1, 2, 3… in the order they happened
 * @param attachments references to the documents the applicant attached (stored by the submitting platform)
 */
@IntegrationEventType(value = "firegov.inspection.opening-application.submitted.v1",
        topic = InspectionEvents.OPENING_APPLICATION_TOPIC)
public record OpeningApplicationSubmittedV1(
        @NotBlank String applicationId,
        @NotBlank String clientId,
        @Positive long sequence,
        @NotBlank String venueName,
        @NotBlank String creditCode,
        @NotBlank String town,
        @NotBlank String address,
        @NotBlank String status,
        @NotNull List<@Valid @NotNull Attachment> attachments,
        @NotNull Instant submittedAt) implements IntegrationEvent {

    /** A document the applicant attached: where the platform keeps it and its SHA-256 (hex). */
    public record Attachment(@NotBlank String name, @NotBlank String url, @NotBlank String sha256) {
    }
}
