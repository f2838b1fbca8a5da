package org.firegov.inspection.citizenreport;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.inspection.citizenreport.CitizenReportCommands.DismissCitizenReport;
import org.firegov.inspection.citizenreport.CitizenReportCommands.FileCitizenReport;
import org.firegov.inspection.citizenreport.CitizenReportEvents.CitizenReportDismissed;
import org.firegov.inspection.citizenreport.CitizenReportEvents.CitizenReportPlaced;
import org.firegov.inspection.citizenreport.CitizenReportEvents.CitizenReportReceived;
import org.firegov.kit.domain.BusinessRuleViolation;

/**
 * A citizen's hazard report (群众举报) from the public web form. Placed at a registered unit it is a hazard of
 * source {@code PUBLIC_REPORT} at once; with only an address it waits in the brigade's triage list until the
 * brigade places it at a unit (then the hazard is reported) or dismisses it with a reason.
 */
@Aggregate
public class CitizenReport {

    @AggregateIdentifier
    private String reportId;
    private String trackingCode;
    private String town;
    private String address;
    private String description;
    private String duplicateKey;
    private boolean placed;
    private boolean dismissed;

    protected CitizenReport() {
        // for Axon
    }

    CitizenReport(FileCitizenReport command) {
        String hazardId = command.unitId() == null ? null : hazardIdOf(command.reportId());
        apply(new CitizenReportReceived(command.reportId(), command.trackingCode(), command.unitId(), command.town(),
                command.address(), command.description(), command.contact(), command.duplicateKey(), hazardId));
    }

    /** One report, at most one hazard: its id follows from the report's. */
    static String hazardIdOf(String reportId) {
        return UUID.nameUUIDFromBytes(("citizen-report|" + reportId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    String trackingCode() {
        return trackingCode;
    }

    /** Whether this report is the same place and text (a retry of the same form), not another one on that form. */
    boolean sameAs(String otherDuplicateKey) {
        return duplicateKey.equals(otherDuplicateKey);
    }

    /** Places an unplaced report at a unit; the hazard's description, with where the citizen said it was. */
    String place(String unitId) {
        requireOpen();
        apply(new CitizenReportPlaced(reportId, unitId, hazardIdOf(reportId)));
        String where = (town == null ? "" : town + " ") + address;
        return description + "（举报地点：" + where.strip() + "）";
    }

    @CommandHandler
    void handle(DismissCitizenReport command) {
        dismiss(command.reason());
    }

    private void dismiss(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleViolation("no-reason", "dismissing a report needs a reason");
        }
        requireOpen();
        apply(new CitizenReportDismissed(reportId, reason.strip()));
    }

    private void requireOpen() {
        if (placed) {
            throw new BusinessRuleViolation.Conflict("report-already-placed", "report " + reportId
                    + " is already a hazard at a unit");
        }
        if (dismissed) {
            throw new BusinessRuleViolation.Conflict("report-dismissed", "report " + reportId + " was dismissed");
        }
    }

    @EventSourcingHandler
    void on(CitizenReportReceived event) {
        reportId = event.reportId();
        trackingCode = event.trackingCode();
        town = event.town();
        address = event.address();
        description = event.description();
        duplicateKey = event.duplicateKey();
        placed = event.unitId() != null;
    }

    @EventSourcingHandler
    void on(CitizenReportPlaced event) {
        placed = true;
    }

    @EventSourcingHandler
    void on(CitizenReportDismissed event) {
        dismissed = true;
    }
}
