package org.firegov.inspection.citizenreport;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** Domain events of citizens' hazard reports (群众举报). The contact stays inside FireGov: never published. */
public final class CitizenReportEvents {

    /** @param hazardId the hazard reported at once when the report names a unit; null for an unplaced report */
    @Revision("1")
    public record CitizenReportReceived(String reportId, String trackingCode, String unitId, String town,
                                        String address, String description, String contact, String duplicateKey,
                                        String hazardId) {
    }

    @Revision("1")
    public record CitizenReportPlaced(String reportId, String unitId, String hazardId) {
    }

    @Revision("1")
    public record CitizenReportDismissed(String reportId, String reason) {
    }

    /** The report holding one text at one place, for the duplicate window from now on. */
    @Revision("1")
    public record ReportTextClaimed(String duplicateKey, String reportId, Instant claimedAt) {
    }

    private CitizenReportEvents() {
    }
}
