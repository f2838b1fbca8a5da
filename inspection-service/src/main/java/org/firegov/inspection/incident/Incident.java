package org.firegov.inspection.incident;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import java.time.LocalDate;

import org.firegov.inspection.incident.IncidentCommands.ConcludeExtendedInvestigation;
import org.firegov.inspection.incident.IncidentCommands.InvestigateFire;
import org.firegov.inspection.incident.IncidentCommands.RecordIncident;
import org.firegov.inspection.incident.IncidentEvents.ExtendedInvestigationConcluded;
import org.firegov.inspection.incident.IncidentEvents.FireInvestigated;
import org.firegov.inspection.incident.IncidentEvents.IncidentRecorded;
import org.firegov.kit.domain.BusinessRuleViolation;

/**
 * A fire or rescue incident (火灾/警情) as the brigade records it, or one entry of the plan's 2016–2020 history.
 * A live fire gets an investigation (火灾调查: cause, conclusion), and a fatal or influential one then an extended
 * investigation (延伸调查) with responsibility findings per town or department; each once.
 */
@Aggregate
public class Incident {

    @AggregateIdentifier
    private String incidentId;
    private String town;
    private String department;
    private LocalDate occurredOn;
    private boolean liveFire;
    private int deaths;
    private boolean investigated;
    private boolean extendedInvestigated;

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

    @CommandHandler
    void handle(InvestigateFire command) {
        requireLiveFire();
        if (investigated) {
            throw new BusinessRuleViolation.Conflict("investigation-already-recorded",
                    "incident " + incidentId + " was already investigated");
        }
        apply(new FireInvestigated(incidentId, town, department, command.cause(), command.conclusion()));
    }

    @CommandHandler
    void handle(ConcludeExtendedInvestigation command) {
        requireLiveFire();
        if (deaths == 0 && !command.influential()) {
            throw new BusinessRuleViolation("not-fatal-or-influential",
                    "an extended investigation (延伸调查) is for fires with deaths or of major social influence");
        }
        if (!investigated) {
            throw new BusinessRuleViolation("fire-not-investigated", "incident " + incidentId
                    + " needs its investigation (火灾调查) first");
        }
        if (extendedInvestigated) {
            throw new BusinessRuleViolation.Conflict("extended-investigation-already-concluded",
                    "incident " + incidentId + " already has its extended investigation");
        }
        if (command.findings().isEmpty()) {
            throw new BusinessRuleViolation("no-findings", "an extended investigation finds who is responsible");
        }
        apply(new ExtendedInvestigationConcluded(incidentId, town, department, occurredOn, deaths,
                command.influential(), command.summary(), command.findings()));
    }

    private void requireLiveFire() {
        if (!liveFire) {
            throw new BusinessRuleViolation("not-a-fire", "only a recorded fire is investigated, not incident "
                    + incidentId);
        }
    }

    @EventSourcingHandler
    void on(IncidentRecorded event) {
        incidentId = event.incidentId();
        town = event.town();
        department = event.department();
        occurredOn = event.occurredOn();
        liveFire = event.kind() == IncidentKind.FIRE && !event.historical();
        deaths = event.deaths();
    }

    @EventSourcingHandler
    void on(FireInvestigated event) {
        investigated = true;
    }

    @EventSourcingHandler
    void on(ExtendedInvestigationConcluded event) {
        extendedInvestigated = true;
    }
}
