package org.firegov.training.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/** Domain events of awareness surveys and response tokens, private to training-service. */
public final class SurveyEvents {

    @Revision("1")
    public record SurveyDefined(String surveyId, String title, List<Question> questions, int passMark,
                                boolean demo) {
    }

    @Revision("1")
    public record SurveyRevised(String surveyId, String title, List<Question> questions, int passMark) {
    }

    /** A response was scored (0–100) against the key; the answers themselves are not kept. */
    @Revision("1")
    public record ResponseScored(String surveyId, String responseId, String town, int score, boolean passed,
                                 boolean demo) {
    }

    /** Awareness per town (and the county as town {@code null}) when the survey closed. */
    @Revision("1")
    public record SurveyClosed(String surveyId, LocalDate closedOn, int passMark, List<Awareness> towns,
                               Awareness county, boolean demo) {
    }

    @Revision("1")
    public record TokenIssued(String tokenHash, String surveyId, Instant expiresAt) {
    }

    @Revision("1")
    public record TokenRedeemed(String tokenHash, String surveyId) {
    }

    private SurveyEvents() {
    }
}
