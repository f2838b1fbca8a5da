package org.firegov.events.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * An awareness survey closed: the awareness rate (消防安全知晓率) per town and for the county, final.
 *
 * @param passMark the score (0–100) at which a respondent counts as aware
 * @param towns    one line per town with at least one respondent
 * @param county   all respondents ({@code town} null)
 */
@IntegrationEventType(value = "firegov.training.survey.closed.v1", topic = TrainingEvents.SURVEY_TOPIC)
public record AwarenessSurveyClosedV1(
        @NotBlank String surveyId,
        @NotNull LocalDate closedOn,
        int passMark,
        @NotNull List<@Valid Awareness> towns,
        @NotNull @Valid Awareness county,
        boolean demo,
        @NotNull Instant closedAt) implements IntegrationEvent {

    /**
     * @param awarenessRate per cent of respondents who scored at least the pass mark (one decimal)
     * @param meanScore     average score 0–100 (one decimal)
     */
    public record Awareness(String town, long respondents, long passed, double awarenessRate, double meanScore) {
    }
}
