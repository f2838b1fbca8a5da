package org.firegov.accountability.milestones;

import org.firegov.events.infrastructure.MilestoneCompletedV1;
import org.firegov.events.infrastructure.MilestoneOverdueV1;
import org.firegov.kit.consume.ConsumedFacts;
import org.firegov.kit.consume.IntegrationEventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One fact per key-project milestone (重点工程节点) from infrastructure's events, id {@code <projectId>/<milestoneId>},
 * attributed to the project's responsible party (a town or department code) when the event names one; milestones
 * naming none score for nobody but still count for plan-target monitoring. Upserts; an overdue mark never undoes a
 * completion.
 */
@Configuration
public class MilestoneFacts {

    public static final String COLLECTION = "milestone_facts";


    @Bean
    ConsumedFacts consumedMilestoneFacts() {
        return new ConsumedFacts(COLLECTION);
    }

    @Bean
    IntegrationEventHandler<MilestoneCompletedV1> onMilestoneCompleted(MongoTemplate mongo) {
        return IntegrationEventHandler.of(MilestoneCompletedV1.class, (e, context) -> mongo.upsert(
                byId(e.projectId(), e.milestoneId()), new Update().set("projectId", e.projectId())
                        .set("milestoneId", e.milestoneId()).set("title", e.title()).set("party", e.responsibleParty())
                        .set("plannedDate", e.plannedDate()).set("completedOn", e.completedOn()).set("onTime", e.onTime()),
                COLLECTION));
    }

    @Bean
    IntegrationEventHandler<MilestoneOverdueV1> onMilestoneOverdue(MongoTemplate mongo) {
        return IntegrationEventHandler.of(MilestoneOverdueV1.class, (e, context) -> mongo.upsert(
                byId(e.projectId(), e.milestoneId()), new Update().set("projectId", e.projectId())
                        .set("milestoneId", e.milestoneId()).set("title", e.title()).set("party", e.responsibleParty())
                        .set("plannedDate", e.plannedDate()).set("overdueOn", e.detectedOn()),
                COLLECTION));
    }

    private static Query byId(String projectId, String milestoneId) {
        return Query.query(Criteria.where("_id").is(projectId + "/" + milestoneId));
    }
}
