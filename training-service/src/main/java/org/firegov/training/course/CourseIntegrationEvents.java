package org.firegov.training.course;

import org.firegov.events.training.CertificateIssuedV1;
import org.firegov.events.training.TraineeEnrolledV1;
import org.firegov.events.training.TrainingAttendedV1;
import org.firegov.kit.publish.IntegrationEventMapper;
import org.firegov.training.course.CourseEvents.AttendanceRecorded;
import org.firegov.training.course.CourseEvents.CertificateIssued;
import org.firegov.training.course.CourseEvents.TraineeEnrolled;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What courses tell other services, at the level of facts: enrolments and certificates (the certification rate),
 * attendance with hours (training hours). Names stay here.
 */
@Configuration
class CourseIntegrationEvents {

    @Bean
    IntegrationEventMapper<CertificateIssued> certificateIssuedV1() {
        return IntegrationEventMapper.of(CertificateIssued.class, (e, at) -> new CertificateIssuedV1(
                e.certificateNo(), e.courseId(), e.traineeId(), e.unitId(), e.targetGroup().name(), e.town(),
                e.organiser().type().name(), e.organiser().code(), e.hoursAttended(), e.score(), e.issuedOn(),
                e.expiresOn(), e.demo(), at));
    }

    @Bean
    IntegrationEventMapper<TraineeEnrolled> traineeEnrolledV1() {
        return IntegrationEventMapper.of(TraineeEnrolled.class, (e, at) -> new TraineeEnrolledV1(e.courseId(),
                e.traineeId(), e.unitId(), e.targetGroup().name(), e.town(), e.organiser().type().name(),
                e.organiser().code(), e.demo(), at));
    }

    @Bean
    IntegrationEventMapper<AttendanceRecorded> trainingAttendedV1() {
        return IntegrationEventMapper.of(AttendanceRecorded.class, (e, at) -> new TrainingAttendedV1(e.courseId(),
                e.sessionId(), e.traineeId(), e.targetGroup().name(), e.town(), e.organiser().type().name(),
                e.organiser().code(), e.sessionDate(), e.hours(), e.demo(), at));
    }
}
