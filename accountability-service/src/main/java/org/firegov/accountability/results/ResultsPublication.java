package org.firegov.accountability.results;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;

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
 * The publication of a year's assessment results (考核结果公布): once per year, a snapshot of every party's result as it
 * stood when the committee published it.
 */
@Aggregate
public class ResultsPublication {

    /** One party's published result. */
    public record Result(String partyKind, String partyCode, String name, double total, String grade, int rank,
                         boolean vetoed) {
    }

    public record PublishResults(@TargetAggregateIdentifier String publicationId, int year, String schemeId,
                                 List<Result> results) {
    }

    @Revision("1")
    public record ResultsPublished(String publicationId, int year, String schemeId, List<Result> results) {
    }

    @AggregateIdentifier
    private String publicationId;

    protected ResultsPublication() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(PublishResults command) {
        if (publicationId != null) {
            throw new BusinessRuleViolation.Conflict("already-published", command.year() + "'s results were published");
        }
        apply(new ResultsPublished(command.publicationId(), command.year(), command.schemeId(),
                List.copyOf(command.results())));
    }

    @EventSourcingHandler
    void on(ResultsPublished event) {
        publicationId = event.publicationId();
    }
}
