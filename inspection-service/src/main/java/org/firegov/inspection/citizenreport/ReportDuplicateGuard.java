package org.firegov.inspection.citizenreport;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Duration;
import java.time.Instant;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.inspection.citizenreport.CitizenReportEvents.ReportTextClaimed;

/**
 * One text at one place (the duplicate key): which report holds it. The same report sent again within the window
 * (a double click, a neighbour who saw the same blocked exit and typed the same words, a bot) is the first report,
 * not a second hazard. Identified by the key, so two racing identical reports cannot both be first.
 */
@Aggregate
public class ReportDuplicateGuard {

    @AggregateIdentifier
    private String duplicateKey;
    private String reportId;
    private Instant claimedAt;

    protected ReportDuplicateGuard() {
        // for Axon
    }

    ReportDuplicateGuard(String duplicateKey, String reportId, Instant now) {
        apply(new ReportTextClaimed(duplicateKey, reportId, now));
    }

    /** The report that holds the text: the earlier one while its window lasts, else this one from now on. */
    String claim(String candidate, Instant now, Duration window) {
        if (now.isBefore(claimedAt.plus(window))) {
            return reportId;
        }
        apply(new ReportTextClaimed(duplicateKey, candidate, now));
        return candidate;
    }

    @EventSourcingHandler
    void on(ReportTextClaimed event) {
        duplicateKey = event.duplicateKey();
        reportId = event.reportId();
        claimedAt = event.claimedAt();
    }
}
