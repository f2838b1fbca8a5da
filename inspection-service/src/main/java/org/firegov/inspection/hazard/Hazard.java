package org.firegov.inspection.hazard;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.inspection.hazard.HazardCommands.CloseHazard;
import org.firegov.inspection.hazard.HazardCommands.ReportHazard;
import org.firegov.inspection.hazard.HazardEvents.HazardClosed;
import org.firegov.inspection.hazard.HazardEvents.HazardReported;
import org.firegov.inspection.unit.Unit.UnitScope;
import org.firegov.kit.domain.BusinessRuleViolation;

/** A fire hazard (火灾隐患) at a unit: open from its report until it is verified and closed. */
@Aggregate
public class Hazard {

    @AggregateIdentifier
    private String hazardId;
    private String unitId;
    private String town;
    private String department;
    private boolean closed;

    protected Hazard() {
        // for Axon
    }

    Hazard(ReportHazard command, UnitScope unit) {
        if (command.description() == null || command.description().isBlank()) {
            throw new BusinessRuleViolation("no-description", "a hazard needs a description");
        }
        apply(new HazardReported(command.hazardId(), unit.unitId(), unit.town(), unit.department(),
                command.description(), command.source(), command.major()));
    }

    @CommandHandler
    void handle(CloseHazard command) {
        if (closed) {
            throw new BusinessRuleViolation.Conflict("hazard-already-closed", "hazard " + hazardId + " is already closed");
        }
        apply(new HazardClosed(hazardId, unitId, town, department, command.note()));
    }

    @EventSourcingHandler
    void on(HazardReported event) {
        hazardId = event.hazardId();
        unitId = event.unitId();
        town = event.town();
        department = event.department();
    }

    @EventSourcingHandler
    void on(HazardClosed event) {
        closed = true;
    }
}
