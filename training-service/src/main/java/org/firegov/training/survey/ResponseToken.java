package org.firegov.training.survey;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.training.survey.SurveyCommands.IssueToken;
import org.firegov.training.survey.SurveyCommands.RedeemToken;
import org.firegov.training.survey.SurveyEvents.TokenIssued;
import org.firegov.training.survey.SurveyEvents.TokenRedeemed;

/**
 * A one-time response token for one survey: it answers once (409 after), and not after it expires. Identified by
 * the token's SHA-256, so the event store never holds a usable token.
 */
@Aggregate
public class ResponseToken {

    @AggregateIdentifier
    private String tokenHash;
    private String surveyId;
    private Instant expiresAt;
    private boolean redeemed;

    protected ResponseToken() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(IssueToken command) {
        apply(new TokenIssued(command.tokenHash(), command.surveyId(), command.expiresAt()));
    }

    @CommandHandler
    void handle(RedeemToken command) {
        if (!surveyId.equals(command.surveyId())) {
            throw new BusinessRuleViolation("token-for-another-survey", "this token answers another survey");
        }
        if (redeemed) {
            throw new BusinessRuleViolation.Conflict("token-used", "this token has already answered the survey");
        }
        if (!command.now().isBefore(expiresAt)) {
            throw new BusinessRuleViolation("token-expired", "this token expired at " + expiresAt
                    + "; ask for a new one");
        }
        apply(new TokenRedeemed(tokenHash, surveyId));
    }

    @EventSourcingHandler
    void on(TokenIssued event) {
        tokenHash = event.tokenHash();
        surveyId = event.surveyId();
        expiresAt = event.expiresAt();
    }

    @EventSourcingHandler
    void on(TokenRedeemed event) {
        redeemed = true;
    }
}
