package org.firegov.inspection.onsite;

import org.firegov.events.inspection.InspectionCompletedV1;
import org.firegov.inspection.onsite.OnSiteInspectionEvents.InspectionCompleted;
import org.firegov.kit.publish.IntegrationEventMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A completed inspection is evidence of random-inspection completion (accountability) and of the unit's record. */
@Configuration
class OnSiteInspectionIntegrationEvents {

    @Bean
    IntegrationEventMapper<InspectionCompleted> inspectionCompletedV1() {
        return IntegrationEventMapper.of(InspectionCompleted.class, (e, at) -> new InspectionCompletedV1(
                e.inspectionId(), e.unitId(), e.town(), e.department(), e.planId(), e.inspectedOn(), e.passed(),
                e.failedItems(), e.hazardsRaised(), at));
    }
}
