package org.firegov.accountability.scoring;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.accountability.scoring.ManualScoreCommands.GiveManualScore;
import org.firegov.kit.domain.BusinessRuleViolation;

/** The committee's score of one manual indicator for one party and year; revisions keep their history. */
@Aggregate
public class ManualScore {

    @AggregateIdentifier
    private String scoreId;

    protected ManualScore() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(GiveManualScore command) {
        if (command.points() < 0 || command.points() > command.maxPoints()) {
            throw new BusinessRuleViolation("points-out-of-range",
                    "points must be between 0 and the indicator's weight " + command.maxPoints());
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw new BusinessRuleViolation("no-reason", "a manual score needs a reason");
        }
        apply(new ManualScoreGiven(command.scoreId(), command.year(), command.partyKind(), command.partyCode(),
                command.indicatorCode(), command.points(), command.reason()));
    }

    @EventSourcingHandler
    void on(ManualScoreGiven event) {
        scoreId = event.scoreId();
    }
}
