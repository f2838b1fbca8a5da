package org.firegov.inspection.notification;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Commands of a notification-commitment application for opening a public gathering place (公众聚集场所投入使用、
 * 营业前消防安全检查告知承诺). {@code today} is the request's date in the county (the aggregate has no clock).
 */
public final class OpeningApplicationCommands {

    /** The venue applies and commits (承诺) that it meets the fire-safety requirements. */
    public record SubmitApplication(String applicationId, String clientId, String venueName, String creditCode,
                                    String town, String address, String commitment, List<Attachment> attachments) {
    }

    /** 受理 — the brigade accepts on the commitment; the on-site check is due by {@code checkDueBy}. */
    public record AcceptApplication(@TargetAggregateIdentifier String applicationId, LocalDate checkDueBy) {
    }

    /** 不予受理 — the brigade refuses the application with a reason. */
    public record RefuseApplication(@TargetAggregateIdentifier String applicationId, String reason) {
    }

    /** The brigade fixes (or moves) the day of the on-site check (现场核查), no later than the deadline. */
    public record ScheduleCheck(@TargetAggregateIdentifier String applicationId, LocalDate checkDate,
                                LocalDate today) {
    }

    /** The result of the on-site check; a failed check needs a reason and revokes the permission. */
    public record RecordCheckResult(@TargetAggregateIdentifier String applicationId, boolean passed, String reason) {
    }

    /** A document the applicant attached, kept by the submitting platform: its name, URL and SHA-256 (hex). */
    public record Attachment(String name, String url, String sha256) {
    }

    private OpeningApplicationCommands() {
    }
}
