package org.firegov.infrastructure.project;

import org.firegov.events.infrastructure.MilestoneCompletedV1;
import org.firegov.events.infrastructure.MilestoneOverdueV1;
import org.firegov.infrastructure.project.KeyProjectEvents.MilestoneCompleted;
import org.firegov.infrastructure.project.KeyProjectEvents.MilestoneOverdue;
import org.firegov.kit.publish.IntegrationEventMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What key projects tell other services (the assessment scores infrastructure milestones on time). */
@Configuration
class KeyProjectIntegrationEvents {

    @Bean
    IntegrationEventMapper<MilestoneCompleted> milestoneCompletedV1() {
        return IntegrationEventMapper.of(MilestoneCompleted.class, (e, at) -> new MilestoneCompletedV1(e.projectId(),
                e.milestoneId(), e.title(), e.plannedDate(), e.completedOn(), e.onTime(), e.daysLate(), at, e.responsibleParty()));
    }

    @Bean
    IntegrationEventMapper<MilestoneOverdue> milestoneOverdueV1() {
        return IntegrationEventMapper.of(MilestoneOverdue.class, (e, at) -> new MilestoneOverdueV1(e.projectId(),
                e.milestoneId(), e.title(), e.plannedDate(), e.detectedOn(), at, e.responsibleParty()));
    }
}
