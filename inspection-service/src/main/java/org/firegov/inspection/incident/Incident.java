package org.firegov.inspection.incident;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.inspection.incident.IncidentCommands.RecordIncident;
import org.firegov.inspection.incident.IncidentEvents.IncidentRecorded;
import org.firegov.kit.domain.BusinessRuleViolation;

/**
 * A fire or rescue incident (火灾/警情) as the brigade records it, or one entry of the plan's 2016–2020 history.
 * Investigations (火灾调查, 延伸调查) will hang off it; for now it is recorded once.
 */
@Aggregate
public class Incident {

    @AggregateIdentifier
    private String incidentId;

    protected Incident() {
        // for Axon
    }

    @CommandHandler
    Incident(RecordIncident command) {
        if (command.major() && command.kind() != IncidentKind.FIRE) {
            throw new BusinessRuleViolation("major-only-for-fires",
                    "only a fire can be major (较大及以上火灾), not " + command.kind());
        }
        if (command.count() != 1 && !command.historical()) {
            throw new BusinessRuleViolation("count-only-for-history", "a live incident is one incident");
        }
        if (command.count() < 1 || command.deaths() < 0 || command.injuries() < 0 || command.directLossYuan() < 0) {
            throw new BusinessRuleViolation("negative-figures", "counts, casualties and losses cannot be negative");
        }
        apply(new IncidentRecorded(command.incidentId(), command.town(), command.unitId(), command.department(),
                command.occurredOn(), command.kind(), command.cause(), command.major(), command.deaths(),
                command.injuries(), command.directLossYuan(), command.count(), command.historical()));
    }

    @EventSourcingHandler
    void on(IncidentRecorded event) {
        incidentId = event.incidentId();
    }
}
