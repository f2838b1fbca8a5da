package org.firegov.accountability.supervision;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.accountability.party.PartyKind;
import org.firegov.kit.domain.BusinessRuleViolation;

/** A circular (通报) the committee issued about named parties: praise, criticism, or a referral letter (抄告). */
@Aggregate
public class Circular {

    public enum Kind {
        /** 通报表扬 */
        PRAISE,
        /** 通报批评 */
        CRITICISM,
        /** 抄告 — a referral letter to a party's leadership */
        REFERRAL
    }

    /** A party a circular names. */
    public record Named(PartyKind kind, String code) {
    }

    public record IssueCircular(@TargetAggregateIdentifier String circularId, Kind kind, String title, String body,
                                List<Named> parties, LocalDate issuedOn, LocalDate today) {
    }

    @Revision("1")
    public record CircularIssued(String circularId, Kind kind, String title, String body, List<Named> parties,
                                 LocalDate issuedOn) {
    }

    @AggregateIdentifier
    private String circularId;

    protected Circular() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(IssueCircular command) {
        if (command.issuedOn().isAfter(command.today())) {
            throw new BusinessRuleViolation("issued-in-future", "a circular is recorded once issued");
        }
        if (command.parties().isEmpty()) {
            throw new BusinessRuleViolation("no-parties", "a circular names at least one party");
        }
        apply(new CircularIssued(command.circularId(), command.kind(), command.title(), command.body(),
                List.copyOf(command.parties()), command.issuedOn()));
    }

    @EventSourcingHandler
    void on(CircularIssued event) {
        circularId = event.circularId();
    }
}
