package org.firegov.inspection.expert;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.inspection.expert.ExpertCommands.DeclareExpertConflict;
import org.firegov.inspection.expert.ExpertCommands.RegisterExpert;
import org.firegov.inspection.expert.ExpertCommands.RetireExpert;
import org.firegov.inspection.expert.ExpertEvents.ExpertConflictDeclared;
import org.firegov.inspection.expert.ExpertEvents.ExpertRegistered;
import org.firegov.inspection.expert.ExpertEvents.ExpertRetired;
import org.firegov.kit.domain.BusinessRuleViolation;

/** An expert of the county's fire-safety expert pool (消防安全专家库), per industry field. */
@Aggregate
public class Expert {

    @AggregateIdentifier
    private String expertId;
    private final Set<String> conflicts = new HashSet<>();
    private boolean retired;

    protected Expert() {
        // for Axon
    }

    @CommandHandler
    Expert(RegisterExpert command) {
        if (command.qualifications() == null || command.qualifications().isEmpty()) {
            throw new BusinessRuleViolation("no-qualifications", "an expert needs at least one qualification");
        }
        apply(new ExpertRegistered(command.expertId(), command.name(), command.field(),
                command.qualifications(), command.conflicts() == null ? Set.of() : Set.copyOf(command.conflicts())));
    }

    @CommandHandler
    void handle(DeclareExpertConflict command) {
        requireActive();
        if (conflicts.contains(command.unitId())) {
            throw new BusinessRuleViolation.Conflict("conflict-already-declared",
                    "expert " + expertId + " already declared a conflict with " + command.unitId());
        }
        apply(new ExpertConflictDeclared(expertId, command.unitId()));
    }

    @CommandHandler
    void handle(RetireExpert command) {
        requireActive();
        apply(new ExpertRetired(expertId));
    }

    private void requireActive() {
        if (retired) {
            throw new BusinessRuleViolation.Conflict("expert-retired", "expert " + expertId + " left the pool");
        }
    }

    @EventSourcingHandler
    void on(ExpertRegistered event) {
        expertId = event.expertId();
        conflicts.addAll(event.conflicts());
    }

    @EventSourcingHandler
    void on(ExpertConflictDeclared event) {
        conflicts.add(event.unitId());
    }

    @EventSourcingHandler
    void on(ExpertRetired event) {
        retired = true;
    }
}
