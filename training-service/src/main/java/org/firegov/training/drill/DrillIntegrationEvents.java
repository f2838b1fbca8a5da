package org.firegov.training.drill;

import org.firegov.events.training.DrillRecordedV1;
import org.firegov.kit.publish.IntegrationEventMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Drills are evidence for assessment (疏散演练开展情况). */
@Configuration
class DrillIntegrationEvents {

    @Bean
    IntegrationEventMapper<DrillRecorded> drillRecordedV1() {
        return IntegrationEventMapper.of(DrillRecorded.class, (e, at) -> new DrillRecordedV1(e.drillId(), e.unitId(),
                e.town(), e.department(), e.heldOn(), e.participants(), e.evacuationSeconds()));
    }
}
