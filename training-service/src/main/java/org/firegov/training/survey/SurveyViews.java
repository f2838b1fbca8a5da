package org.firegov.training.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Read models of awareness surveys: the questionnaire (with its key) and running tallies per town. */
public final class SurveyViews {

    public enum Status { OPEN, CLOSED }

    @Document(SurveyView.COLLECTION)
    public record SurveyView(@Id String surveyId, String title, List<Question> questions, int passMark,
                             @Indexed Status status, long respondents, boolean demo, Instant definedAt,
                             LocalDate closedOn) {
        public static final String COLLECTION = "surveys";

        /** What a respondent sees: no key, no pass mark. */
        public PublicSurvey withoutKey() {
            return new PublicSurvey(surveyId, title, questions.stream().map(Question::withoutKey).toList());
        }
    }

    public record PublicSurvey(String surveyId, String title, List<Question.Public> questions) {
    }

    /** Running tally of one town's responses to one survey. */
    @Document(TownTally.COLLECTION)
    public record TownTally(@Id String id, @Indexed String surveyId, String town, long respondents, long passed,
                            long scoreSum) {
        public static final String COLLECTION = "survey_tallies";

        static String idOf(String surveyId, String town) {
            return surveyId + "|" + town;
        }
    }

    private SurveyViews() {
    }
}
