package org.firegov.inspection.inspector;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.inspection.inspector.InspectorCommands.DeclareConflict;
import org.firegov.inspection.inspector.InspectorCommands.RegisterInspector;
import org.firegov.inspection.inspector.InspectorEvents.ConflictDeclared;
import org.firegov.inspection.inspector.InspectorEvents.InspectorRegistered;
import org.firegov.kit.domain.BusinessRuleViolation;

/** An inspector of the pool (执法检查人员) and the units he declared a conflict with (回避). */
@Aggregate
public class PoolInspector {

    @AggregateIdentifier
    private String inspectorId;
    private Set<String> conflicts;

    protected PoolInspector() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(RegisterInspector command) {
        apply(new InspectorRegistered(command.inspectorId(), command.name(), command.demo()));
    }

    @CommandHandler
    void handle(DeclareConflict command) {
        if (conflicts.contains(command.unitId())) {
            throw new BusinessRuleViolation.Conflict("conflict-already-declared",
                    "the conflict with unit " + command.unitId() + " is already declared");
        }
        apply(new ConflictDeclared(inspectorId, command.unitId()));
    }

    @EventSourcingHandler
    void on(InspectorRegistered event) {
        inspectorId = event.inspectorId();
        conflicts = new HashSet<>();
    }

    @EventSourcingHandler
    void on(ConflictDeclared event) {
        conflicts.add(event.unitId());
    }
}
