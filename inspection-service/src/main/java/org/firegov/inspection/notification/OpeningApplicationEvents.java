package org.firegov.inspection.notification;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.firegov.inspection.notification.OpeningApplicationCommands.Attachment;

/**
 * Domain events of a notification-commitment application, private to inspection-service. Each carries the
 * submitting client and its number in the application's history ({@code sequence}: 1, 2, 3…), which the status
 * callbacks to the government-service platform are ordered by.
 */
public final class OpeningApplicationEvents {

    @Revision("1")
    public record ApplicationSubmitted(String applicationId, String clientId, long sequence, String venueName,
                                       String creditCode, String town, String address, String commitment,
                                       List<Attachment> attachments) {
    }

    @Revision("1")
    public record ApplicationAccepted(String applicationId, String clientId, long sequence, LocalDate checkDueBy) {
    }

    @Revision("1")
    public record ApplicationRefused(String applicationId, String clientId, long sequence, String reason) {
    }

    @Revision("1")
    public record CheckScheduled(String applicationId, String clientId, long sequence, LocalDate checkDueBy,
                                 LocalDate checkDate) {
    }

    @Revision("1")
    public record CheckPassed(String applicationId, String clientId, long sequence, LocalDate checkDate) {
    }

    /** 核查不合格 — the commitment was not kept; the permission to open is revoked. */
    @Revision("1")
    public record CheckFailed(String applicationId, String clientId, long sequence, LocalDate checkDate,
                              String reason) {
    }

    private OpeningApplicationEvents() {
    }
}
