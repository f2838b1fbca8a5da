package org.firegov.accountability.responsibility;

import org.firegov.accountability.responsibility.TaskEvents.TaskCompleted;
import org.firegov.accountability.responsibility.TaskEvents.TaskOverdue;
import org.firegov.events.accountability.TaskCompletedV1;
import org.firegov.events.accountability.TaskOverdueV1;
import org.firegov.kit.publish.IntegrationEventMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Overdue tasks are escalated, completions counted, through integration events. */
@Configuration
class TaskIntegrationEvents {

    @Bean
    IntegrationEventMapper<TaskOverdue> taskOverdueV1() {
        return IntegrationEventMapper.of(TaskOverdue.class, (e, at) -> new TaskOverdueV1(e.taskId(),
                e.partyKind().name(), e.partyCode(), e.planSection(), e.deadline()));
    }

    @Bean
    IntegrationEventMapper<TaskCompleted> taskCompletedV1() {
        return IntegrationEventMapper.of(TaskCompleted.class, (e, at) -> new TaskCompletedV1(e.taskId(),
                e.partyKind().name(), e.partyCode(), e.planSection(), e.onTime(), at));
    }
}
