package org.firegov.inspection.selfinspection;

import org.firegov.events.inspection.SelfInspectionMissedV1;
import org.firegov.events.inspection.SelfInspectionSubmittedV1;
import org.firegov.inspection.selfinspection.SelfInspectionEvents.HalfYearSelfInspectionMissed;
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

    /** A unit that missed a half year's self-inspection, for the town and department to follow up (accountability). */
    @Bean
    IntegrationEventMapper<HalfYearSelfInspectionMissed> selfInspectionMissedV1() {
        return IntegrationEventMapper.of(HalfYearSelfInspectionMissed.class, (e, at) -> new SelfInspectionMissedV1(
                e.recordId(), e.unitId(), e.town(), e.department(), e.half(), e.checkedOn(), at));
    }
}
