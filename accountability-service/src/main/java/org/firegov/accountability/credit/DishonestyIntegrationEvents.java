package org.firegov.accountability.credit;

import org.firegov.accountability.credit.DishonestyEvents.CreditRepaired;
import org.firegov.accountability.credit.DishonestyEvents.DishonestyExpired;
import org.firegov.accountability.credit.DishonestyEvents.DishonestyRecorded;
import org.firegov.events.accountability.DishonestyEndedV1;
import org.firegov.events.accountability.DishonestyRecordedV1;
import org.firegov.kit.publish.IntegrationEventMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dishonesty list goes public: to the credit platform and to inspection's sampling weights. */
@Configuration
class DishonestyIntegrationEvents {

    @Bean
    IntegrationEventMapper<DishonestyRecorded> dishonestyRecordedV1() {
        return IntegrationEventMapper.of(DishonestyRecorded.class, (e, at) -> new DishonestyRecordedV1(e.recordId(),
                e.unitId(), e.unitName(), e.town(), e.department(), e.basis().name(), e.reason(), e.effectiveFrom(),
                e.expiresOn()));
    }

    @Bean
    IntegrationEventMapper<CreditRepaired> creditRepairedV1() {
        return IntegrationEventMapper.of(CreditRepaired.class,
                (e, at) -> new DishonestyEndedV1(e.recordId(), e.unitId(), "REPAIRED", at));
    }

    @Bean
    IntegrationEventMapper<DishonestyExpired> dishonestyExpiredV1() {
        return IntegrationEventMapper.of(DishonestyExpired.class,
                (e, at) -> new DishonestyEndedV1(e.recordId(), e.unitId(), "EXPIRED", at));
    }
}
