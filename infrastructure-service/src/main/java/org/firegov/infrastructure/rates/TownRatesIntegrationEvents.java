package org.firegov.infrastructure.rates;

import org.firegov.events.infrastructure.HydrantRatesChangedV1;
import org.firegov.infrastructure.rates.TownRatesEvents.TownHydrantRatesChanged;
import org.firegov.kit.publish.IntegrationEventMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A town's hydrant rates, as the assessment and plan monitoring read them (computed here, once, by one rule). */
@Configuration
class TownRatesIntegrationEvents {

    @Bean
    IntegrationEventMapper<TownHydrantRatesChanged> hydrantRatesChangedV1() {
        return IntegrationEventMapper.of(TownHydrantRatesChanged.class, (e, at) -> {
            HydrantRates rates = HydrantRates.of(e.town(), e.required(), e.built(), e.inService());
            return new HydrantRatesChangedV1(e.town(), e.required(), e.built(), e.inService(), rates.coverage(),
                    rates.intact(), rates.coverageTargetMet(), rates.intactTargetMet(), at);
        });
    }
}
