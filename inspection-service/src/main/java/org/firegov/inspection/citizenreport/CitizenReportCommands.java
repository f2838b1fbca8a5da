package org.firegov.inspection.citizenreport;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands of a citizen's hazard report (群众举报) filed on the public web form and triaged by the brigade. */
public final class CitizenReportCommands {

    /**
     * File a report; handled by {@link CitizenReportFiling}. Exactly one of {@code unitId} (a registered unit) or
     * {@code address} (free text, with an optional town code) names the place.
     *
     * @param reportId     follows from the form token, so one form files at most one report
     * @param duplicateKey the place and the text, normalised and hashed: the same report within the window is one
     */
    public record FileCitizenReport(String reportId, String trackingCode, String unitId, String town, String address,
                                    String description, String contact, String duplicateKey, Instant now) {
    }

    /** The brigade assigns an unplaced report to the unit it concerns: it becomes a hazard there. */
    public record PlaceCitizenReport(@TargetAggregateIdentifier String reportId, String unitId) {
    }

    /** The brigade closes an unplaced report that it cannot place or that is no fire hazard (不予处理), with a reason. */
    public record DismissCitizenReport(@TargetAggregateIdentifier String reportId, String reason) {
    }

    /** What the reporter gets: the tracking code, and whether the report was already on file (a duplicate). */
    public record Receipt(String reportId, String trackingCode, boolean duplicate) {
    }

    private CitizenReportCommands() {
    }
}
