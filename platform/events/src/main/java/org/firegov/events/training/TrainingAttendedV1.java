package org.firegov.events.training;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * A trainee attended a session of a key-group course: {@code hours} of training delivered (培训学时). Sum per
 * organiser, town or group for the training hours of the assessment.
 *
 * @param sessionDate the day the session took place
 */
@IntegrationEventType(value = "firegov.training.course.attended.v1", topic = TrainingEvents.COURSE_TOPIC)
public record TrainingAttendedV1(
        @NotBlank String courseId,
        @NotBlank String sessionId,
        @NotBlank String traineeId,
        @NotBlank String targetGroup,
        @NotBlank String town,
        @NotBlank String organiserType,
        @NotBlank String organiserCode,
        @NotNull LocalDate sessionDate,
        @Positive double hours,
        boolean demo,
        @NotNull Instant recordedAt) implements IntegrationEvent {
}
