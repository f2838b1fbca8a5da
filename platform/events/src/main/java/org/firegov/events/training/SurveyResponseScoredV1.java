package org.firegov.events.training;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * An anonymous respondent's answers to an awareness survey (消防安全知晓率调查) were scored against its key.
 * Nothing identifies the respondent; {@code responseId} is random.
 *
 * @param town   the town the respondent lives in (their own statement)
 * @param score  0–100: points earned over points possible
 * @param passed score at least the survey's pass mark: the respondent counts as aware (知晓)
 */
@IntegrationEventType(value = "firegov.training.survey.response-scored.v1", topic = TrainingEvents.SURVEY_TOPIC)
public record SurveyResponseScoredV1(
        @NotBlank String surveyId,
        @NotBlank String responseId,
        @NotBlank String town,
        @Min(0) @Max(100) int score,
        boolean passed,
        boolean demo,
        @NotNull Instant scoredAt) implements IntegrationEvent {
}
