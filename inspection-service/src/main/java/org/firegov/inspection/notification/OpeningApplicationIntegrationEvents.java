package org.firegov.inspection.notification;

import java.time.Instant;
import java.time.LocalDate;

import org.firegov.events.inspection.OpeningApplicationStatusChangedV1;
import org.firegov.events.inspection.OpeningApplicationSubmittedV1;
import org.firegov.inspection.notification.OpeningApplicationEvents.ApplicationAccepted;
import org.firegov.inspection.notification.OpeningApplicationEvents.ApplicationRefused;
import org.firegov.inspection.notification.OpeningApplicationEvents.ApplicationSubmitted;
import org.firegov.inspection.notification.OpeningApplicationEvents.CheckFailed;
import org.firegov.inspection.notification.OpeningApplicationEvents.CheckPassed;
import org.firegov.inspection.notification.OpeningApplicationEvents.CheckScheduled;
import org.firegov.kit.publish.IntegrationEventMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every step of a notification-commitment application is public: integration-service turns them into status
 * callbacks to the government-service platform that submitted it.
 */
@Configuration
class OpeningApplicationIntegrationEvents {

    @Bean
    IntegrationEventMapper<ApplicationSubmitted> openingApplicationSubmittedV1() {
        return IntegrationEventMapper.of(ApplicationSubmitted.class, (e, at) -> new OpeningApplicationSubmittedV1(
                e.applicationId(), e.clientId(), e.sequence(), e.venueName(), e.creditCode(), e.town(), e.address(),
                ApplicationStatus.SUBMITTED.name(), e.attachments().stream()
                .map(a -> new OpeningApplicationSubmittedV1.Attachment(a.name(), a.url(), a.sha256())).toList(), at));
    }

    @Bean
    IntegrationEventMapper<ApplicationAccepted> openingApplicationAcceptedV1() {
        return IntegrationEventMapper.of(ApplicationAccepted.class, (e, at) -> changed(e.applicationId(),
                e.clientId(), e.sequence(), ApplicationStatus.ACCEPTED, null, e.checkDueBy(), null, at));
    }

    @Bean
    IntegrationEventMapper<ApplicationRefused> openingApplicationRefusedV1() {
        return IntegrationEventMapper.of(ApplicationRefused.class, (e, at) -> changed(e.applicationId(),
                e.clientId(), e.sequence(), ApplicationStatus.REJECTED, e.reason(), null, null, at));
    }

    @Bean
    IntegrationEventMapper<CheckScheduled> openingApplicationCheckScheduledV1() {
        return IntegrationEventMapper.of(CheckScheduled.class, (e, at) -> changed(e.applicationId(),
                e.clientId(), e.sequence(), ApplicationStatus.CHECK_SCHEDULED, null, e.checkDueBy(), e.checkDate(), at));
    }

    @Bean
    IntegrationEventMapper<CheckPassed> openingApplicationApprovedV1() {
        return IntegrationEventMapper.of(CheckPassed.class, (e, at) -> changed(e.applicationId(),
                e.clientId(), e.sequence(), ApplicationStatus.APPROVED, null, null, e.checkDate(), at));
    }

    @Bean
    IntegrationEventMapper<CheckFailed> openingApplicationCheckFailedV1() {
        return IntegrationEventMapper.of(CheckFailed.class, (e, at) -> changed(e.applicationId(),
                e.clientId(), e.sequence(), ApplicationStatus.REJECTED, e.reason(), null, e.checkDate(), at));
    }

    private static OpeningApplicationStatusChangedV1 changed(String id, String clientId, long sequence,
                                                             ApplicationStatus status, String reason,
                                                             LocalDate checkDueBy, LocalDate checkDate, Instant at) {
        return new OpeningApplicationStatusChangedV1(id, clientId, sequence, status.name(), reason, checkDueBy,
                checkDate, at);
    }
}
