package org.firegov.infrastructure.hydrant;

import org.firegov.events.infrastructure.HydrantRegisteredV1;
import org.firegov.events.infrastructure.HydrantStatusChangedV1;
import org.firegov.infrastructure.hydrant.HydrantEvents.HydrantRegistered;
import org.firegov.infrastructure.hydrant.HydrantEvents.HydrantStatusChanged;
import org.firegov.kit.publish.IntegrationEventMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the hydrant registry tells other services (accountability can follow coverage and intact rates). */
@Configuration
class HydrantIntegrationEvents {

    @Bean
    IntegrationEventMapper<HydrantRegistered> hydrantRegisteredV1() {
        return IntegrationEventMapper.of(HydrantRegistered.class, (e, at) -> new HydrantRegisteredV1(e.hydrantId(),
                e.type().name(), e.town(), e.road(), e.latitude(), e.longitude(), e.demo(), at));
    }

    @Bean
    IntegrationEventMapper<HydrantStatusChanged> hydrantStatusChangedV1() {
        return IntegrationEventMapper.of(HydrantStatusChanged.class, (e, at) -> new HydrantStatusChangedV1(
                e.hydrantId(), e.type().name(), e.town(), e.from().name(), e.to().name(), e.reason(),
                e.source().name(), at));
    }
}
