package org.firegov.infrastructure.recruitment;

import org.firegov.events.infrastructure.FirefighterHiredV1;
import org.firegov.kit.publish.IntegrationEventMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Evidence of recruitment for plan monitoring: one fact per hire, counted by year against 3 a year. */
@Configuration
class RecruitIntegrationEvents {

    @Bean
    IntegrationEventMapper<FirefighterHired> firefighterHiredV1() {
        return IntegrationEventMapper.of(FirefighterHired.class, (e, at) -> new FirefighterHiredV1(e.staffNo(),
                e.hiredOn(), e.town(), at));
    }
}
