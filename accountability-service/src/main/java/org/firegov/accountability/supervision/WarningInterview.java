package org.firegov.accountability.supervision;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.accountability.supervision.InterviewCommands.HoldInterview;
import org.firegov.accountability.supervision.InterviewCommands.MarkFollowUpOverdue;
import org.firegov.accountability.supervision.InterviewCommands.RecordFollowUp;
import org.firegov.accountability.supervision.InterviewEvents.FollowUpOverdue;
import org.firegov.accountability.supervision.InterviewEvents.FollowUpRecorded;
import org.firegov.accountability.supervision.InterviewEvents.InterviewHeld;
import org.firegov.kit.domain.BusinessRuleViolation;

/** A warning interview (警示约谈) and its follow-up: open until the follow-up is recorded; overdue once, after its date. */
@Aggregate
public class WarningInterview {

    @AggregateIdentifier
    private String interviewId;
    private LocalDate followUpBy;
    private boolean followedUp;
    private boolean overdue;

    protected WarningInterview() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(HoldInterview command) {
        if (command.heldOn().isAfter(command.today())) {
            throw new BusinessRuleViolation("held-in-future", "record an interview once it has been held");
        }
        if (!command.followUpBy().isAfter(command.heldOn())) {
            throw new BusinessRuleViolation("follow-up-before-interview", "the follow-up date must be after the interview");
        }
        apply(new InterviewHeld(command.interviewId(), command.partyKind(), command.partyCode(), command.reason(),
                command.heldOn(), command.followUpBy()));
    }

    @CommandHandler
    void handle(RecordFollowUp command) {
        if (followedUp) {
            throw new BusinessRuleViolation.Conflict("follow-up-recorded", "interview " + interviewId + " was followed up");
        }
        apply(new FollowUpRecorded(interviewId, command.outcome(), overdue));
    }

    @CommandHandler
    void handle(MarkFollowUpOverdue command) {
        if (followedUp || overdue || !command.today().isAfter(followUpBy)) {
            throw new BusinessRuleViolation.Conflict("not-overdue", "interview " + interviewId + " is not newly overdue");
        }
        apply(new FollowUpOverdue(interviewId, followUpBy));
    }

    @EventSourcingHandler
    void on(InterviewHeld event) {
        interviewId = event.interviewId();
        followUpBy = event.followUpBy();
    }

    @EventSourcingHandler
    void on(FollowUpRecorded event) {
        followedUp = true;
    }

    @EventSourcingHandler
    void on(FollowUpOverdue event) {
        overdue = true;
    }
}
