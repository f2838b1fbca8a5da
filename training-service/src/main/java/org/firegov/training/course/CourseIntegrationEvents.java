package org.firegov.training.course;

import org.firegov.events.training.CertificateIssuedV1;
import org.firegov.kit.publish.IntegrationEventMapper;
import org.firegov.training.course.CourseEvents.CertificateIssued;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What courses tell other services: certificates issued (training delivered, 持证上岗). */
@Configuration
class CourseIntegrationEvents {

    @Bean
    IntegrationEventMapper<CertificateIssued> certificateIssuedV1() {
        return IntegrationEventMapper.of(CertificateIssued.class, (e, at) -> new CertificateIssuedV1(
                e.certificateNo(), e.courseId(), e.traineeId(), e.unitId(), e.targetGroup().name(), e.town(),
                e.organiser().type().name(), e.organiser().code(), e.hoursAttended(), e.score(), e.issuedOn(),
                e.expiresOn(), at));
    }
}
