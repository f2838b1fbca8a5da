package org.firegov.inspection.hazard;

import org.firegov.events.inspection.HazardClosedV1;
import org.firegov.events.inspection.HazardReportedV1;
import org.firegov.inspection.hazard.HazardEvents.HazardClosed;
import org.firegov.inspection.hazard.HazardEvents.HazardReported;
import org.firegov.kit.publish.IntegrationEventMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the hazard lifecycle tells other services (accountability counts open hazards from these). */
@Configuration
class HazardIntegrationEvents {

    @Bean
    IntegrationEventMapper<HazardReported> hazardReportedV1() {
        return IntegrationEventMapper.of(HazardReported.class, (e, at) -> new HazardReportedV1(e.hazardId(), e.unitId(),
                e.town(), e.department(), e.source().name(), e.major(), at));
    }

    @Bean
    IntegrationEventMapper<HazardClosed> hazardClosedV1() {
        return IntegrationEventMapper.of(HazardClosed.class, (e, at) -> new HazardClosedV1(e.hazardId(), e.unitId(),
                e.town(), e.department(), at));
    }
}
