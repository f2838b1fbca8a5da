package org.firegov.training.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands of an awareness survey (消防安全知晓率调查) and its one-time response tokens. */
public final class SurveyCommands {

    /** The committee or the brigade defines a questionnaire with its key; pass mark is a score of 0–100. */
    public record DefineSurvey(@TargetAggregateIdentifier String surveyId, String title, List<Question> questions,
                               int passMark, boolean demo) {
    }

    /** Change the questionnaire or key: only before the first response (then it is locked). */
    public record ReviseSurvey(@TargetAggregateIdentifier String surveyId, String title, List<Question> questions,
                               int passMark) {
    }

    /** An anonymous respondent living in {@code town} answered: question id → chosen option id. */
    public record SubmitResponse(@TargetAggregateIdentifier String surveyId, String responseId, String town,
                                 Map<String, String> answers) {
    }

    /** The reply to {@link SubmitResponse}. */
    public record Outcome(int score, boolean passed) {
    }

    public record CloseSurvey(@TargetAggregateIdentifier String surveyId, LocalDate closedOn) {
    }

    /** Issue a one-time token, known to the store only by its hash. */
    public record IssueToken(@TargetAggregateIdentifier String tokenHash, String surveyId, java.time.Instant expiresAt) {
    }

    public record RedeemToken(@TargetAggregateIdentifier String tokenHash, String surveyId, java.time.Instant now) {
    }

    private SurveyCommands() {
    }
}
