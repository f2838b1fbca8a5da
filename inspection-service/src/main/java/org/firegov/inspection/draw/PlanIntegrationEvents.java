package org.firegov.inspection.draw;

import org.firegov.events.inspection.InspectionPlanPublishedV1;
import org.firegov.events.inspection.InspectionPlanPublishedV1.DrawnUnit;
import org.firegov.inspection.draw.PlanEvents.PlanPublished;
import org.firegov.kit.publish.IntegrationEventMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A published plan tells accountability its drawn units: the denominator of the random-inspection completion rate. */
@Configuration
class PlanIntegrationEvents {

    @Bean
    IntegrationEventMapper<PlanPublished> planPublishedV1() {
        return IntegrationEventMapper.of(PlanPublished.class, (e, at) -> new InspectionPlanPublishedV1(e.planId(),
                e.year(), e.drawn() == null ? java.util.List.of() : e.drawn().stream()
                .map(unit -> new DrawnUnit(unit.unitId(), unit.town(), unit.department())).toList(), at));
    }
}
