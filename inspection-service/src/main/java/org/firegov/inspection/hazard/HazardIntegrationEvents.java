package org.firegov.inspection.hazard;

import org.firegov.events.inspection.HazardClosedV1;
import org.firegov.events.inspection.HazardDelistedV1;
import org.firegov.events.inspection.HazardListedV1;
import org.firegov.events.inspection.HazardOverdueV1;
import org.firegov.events.inspection.HazardRectificationOrderedV1;
import org.firegov.events.inspection.HazardRectifiedV1;
import org.firegov.events.inspection.HazardReportedV1;
import org.firegov.inspection.hazard.HazardEvents.HazardClosed;
import org.firegov.inspection.hazard.HazardEvents.HazardOverdue;
import org.firegov.inspection.hazard.HazardEvents.HazardReported;
import org.firegov.inspection.hazard.HazardEvents.MajorHazardDelisted;
import org.firegov.inspection.hazard.HazardEvents.MajorHazardListed;
import org.firegov.inspection.hazard.HazardEvents.RectificationAccepted;
import org.firegov.inspection.hazard.HazardEvents.RectificationOrdered;
import org.firegov.inspection.hazard.HazardEvents.RectificationRejected;
import org.firegov.kit.publish.IntegrationEventMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the hazard lifecycle tells other services (accountability counts open and overdue hazards from these).
 * A rejected rectification is published as a new rectification order with the new deadline.
 */
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

    @Bean
    IntegrationEventMapper<RectificationOrdered> hazardRectificationOrderedV1() {
        return IntegrationEventMapper.of(RectificationOrdered.class, (e, at) -> new HazardRectificationOrderedV1(
                e.hazardId(), e.unitId(), e.town(), e.department(), e.deadline(), at));
    }

    @Bean
    IntegrationEventMapper<RectificationRejected> hazardRectificationReorderedV1() {
        return IntegrationEventMapper.of(RectificationRejected.class, (e, at) -> new HazardRectificationOrderedV1(
                e.hazardId(), e.unitId(), e.town(), e.department(), e.newDeadline(), at));
    }

    @Bean
    IntegrationEventMapper<HazardOverdue> hazardOverdueV1() {
        return IntegrationEventMapper.of(HazardOverdue.class, (e, at) -> new HazardOverdueV1(e.hazardId(),
                e.unitId(), e.town(), e.department(), e.deadline(), at));
    }

    @Bean
    IntegrationEventMapper<RectificationAccepted> hazardRectifiedV1() {
        return IntegrationEventMapper.of(RectificationAccepted.class, (e, at) -> new HazardRectifiedV1(e.hazardId(),
                e.unitId(), e.town(), e.department(), e.deadline(), e.onTime(), at));
    }

    @Bean
    IntegrationEventMapper<MajorHazardListed> hazardListedV1() {
        return IntegrationEventMapper.of(MajorHazardListed.class, (e, at) -> new HazardListedV1(e.hazardId(),
                e.unitId(), e.town(), e.department(), e.document(), at));
    }

    @Bean
    IntegrationEventMapper<MajorHazardDelisted> hazardDelistedV1() {
        return IntegrationEventMapper.of(MajorHazardDelisted.class, (e, at) -> new HazardDelistedV1(e.hazardId(),
                e.unitId(), e.town(), e.department(), at));
    }
}
