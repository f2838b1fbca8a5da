package org.firegov.events.training;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * A trainee of a key-group course (重点人群培训) passed the exam and was certified (持证).
 *
 * @param traineeId     the organiser's opaque id of the trainee (no name or personal data travels)
 * @param unitId        the trainee's unit (unified social credit code) for unit staff, else null
 * @param targetGroup   {@code OFFICIALS}, {@code DEPARTMENT_AND_VILLAGE_LEADERS}, {@code UNIT_RESPONSIBLE_PERSONS},
 *                      {@code UNIT_MANAGERS}, {@code FIREFIGHTERS} or {@code MIGRANT_WORKERS}
 * @param town          the course's town code
 * @param hoursAttended the trainee's hours in the course's sessions
 * @param demo          issued in a demo course loaded by the seed; assessment should ignore it
 */
@IntegrationEventType(value = "firegov.training.certificate.issued.v1", topic = TrainingEvents.COURSE_TOPIC)
public record CertificateIssuedV1(
        @NotBlank String certificateNo,
        @NotBlank String courseId,
        @NotBlank String traineeId,
        String unitId,
        @NotBlank String targetGroup,
        @NotBlank String town,
        @NotBlank String organiserType,
        @NotBlank String organiserCode,
        double hoursAttended,
        int score,
        @NotNull LocalDate issuedOn,
        @NotNull LocalDate expiresOn,
        boolean demo,
        @NotNull Instant issuedAt) implements IntegrationEvent {
}
