package org.firegov.accountability.supervision;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.kit.domain.BusinessRuleViolation;

/**
 * The committee's decision to put a major hazard under listed supervision (挂牌督办); one per hazard (the id is
 * derived from the hazard). Inspection-service carries it out.
 */
@Aggregate
public class ListingDecision {

    public record DecideListing(@TargetAggregateIdentifier String decisionId, String hazardId, String unitId,
                                String town, String department, String document, LocalDate rectifyBy,
                                LocalDate today) {
    }

    @Revision("1")
    public record ListingDecided(String decisionId, String hazardId, String unitId, String town, String department,
                                 String document, LocalDate rectifyBy) {
    }

    @AggregateIdentifier
    private String decisionId;

    protected ListingDecision() {
        // for Axon
    }

    public static String idFor(String hazardId) {
        return "listing-" + hazardId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DecideListing command) {
        if (decisionId != null) {
            throw new BusinessRuleViolation.Conflict("already-decided",
                    "hazard " + command.hazardId() + " is already under listed supervision");
        }
        if (!command.rectifyBy().isAfter(command.today())) {
            throw new BusinessRuleViolation("rectify-by-in-past", "the rectification date must be in the future");
        }
        apply(new ListingDecided(command.decisionId(), command.hazardId(), command.unitId(), command.town(),
                command.department(), command.document(), command.rectifyBy()));
    }

    @EventSourcingHandler
    void on(ListingDecided event) {
        decisionId = event.decisionId();
    }
}
