package org.firegov.events.training;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * A trainee was enrolled in a key-group course (重点人群培训): with {@link CertificateIssuedV1} the denominator and
 * numerator of the certification rate per organiser, town or group. No name travels.
 *
 * @param traineeId the organiser's opaque id of the trainee
 * @param unitId    the trainee's unit (unified social credit code) for unit staff, else null
 */
@IntegrationEventType(value = "firegov.training.course.trainee-enrolled.v1", topic = TrainingEvents.COURSE_TOPIC)
public record TraineeEnrolledV1(
        @NotBlank String courseId,
        @NotBlank String traineeId,
        String unitId,
        @NotBlank String targetGroup,
        @NotBlank String town,
        @NotBlank String organiserType,
        @NotBlank String organiserCode,
        boolean demo,
        @NotNull Instant enrolledAt) implements IntegrationEvent {
}
