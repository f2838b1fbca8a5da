package org.firegov.inspection.publicreport;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A public hazard report (群众举报) filed by a machine client on a citizen's behalf. It is also a hazard with the same
 * id (source {@code PUBLIC_REPORT}), which carries the lifecycle; this aggregate records who filed it, so that the
 * hazard's status changes reach that client.
 */
@Aggregate
public class PublicReport {

    /**
     * File a report; the hazard {@code reportId} exists already. The filing has an id of its own
     * ({@link #filingOf}): Axon's event store allows one aggregate per identifier, whatever its type.
     */
    public record FileReport(String filingId, String reportId, String clientId, String unitId, String contact) {
    }

    /** @param contact how the citizen may be reached (kept inside FireGov, never published) */
    @Revision("1")
    public record ReportFiled(String filingId, String reportId, String clientId, String unitId, String contact) {
    }

    public static String filingOf(String reportId) {
        return "filing-" + reportId;
    }

    @AggregateIdentifier
    private String filingId;

    protected PublicReport() {
        // for Axon
    }

    @CommandHandler
    PublicReport(FileReport command) {
        apply(new ReportFiled(command.filingId(), command.reportId(), command.clientId(), command.unitId(),
                command.contact()));
    }

    @EventSourcingHandler
    void on(ReportFiled event) {
        filingId = event.filingId();
    }
}
