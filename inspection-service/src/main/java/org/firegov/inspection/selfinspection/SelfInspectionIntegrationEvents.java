package org.firegov.inspection.selfinspection;

import org.firegov.events.inspection.SelfInspectionSubmittedV1;
import org.firegov.inspection.selfinspection.SelfInspectionEvents.SelfInspectionSubmitted;
import org.firegov.kit.publish.IntegrationEventMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A submitted self-inspection is evidence of self-inspection coverage per town and department (accountability). */
@Configuration
class SelfInspectionIntegrationEvents {

    @Bean
    IntegrationEventMapper<SelfInspectionSubmitted> selfInspectionSubmittedV1() {
        return IntegrationEventMapper.of(SelfInspectionSubmitted.class, (e, at) -> new SelfInspectionSubmittedV1(
                e.submissionId(), e.unitId(), e.town(), e.department(), e.period(), e.submittedOn(), e.failedItems(),
                at));
    }
}
