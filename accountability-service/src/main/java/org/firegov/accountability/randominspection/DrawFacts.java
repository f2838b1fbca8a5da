package org.firegov.accountability.randominspection;

import org.firegov.events.inspection.InspectionCompletedV1;
import org.firegov.events.inspection.InspectionPlanPublishedV1;
import org.firegov.kit.consume.ConsumedFacts;
import org.firegov.kit.consume.IntegrationEventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One fact per unit drawn by a double-random plan (双随机抽查), id {@code <planId>/<unitId>}: the plan's year, the
 * unit's town and department at the draw, and the inspection that completed it. Upserts: an inspection arriving
 * before its plan is kept and counts once the plan arrives.
 */
@Configuration
class DrawFacts {

    static final String COLLECTION = "draw_facts";


    @Bean
    ConsumedFacts consumedDrawFacts() {
        return new ConsumedFacts(COLLECTION);
    }

    @Bean
    IntegrationEventHandler<InspectionPlanPublishedV1> onPlanPublished(MongoTemplate mongo) {
        return IntegrationEventHandler.of(InspectionPlanPublishedV1.class, (plan, context) -> plan.drawn().forEach(unit ->
                mongo.upsert(byId(plan.planId(), unit.unitId()), new Update().set("planId", plan.planId())
                        .set("unitId", unit.unitId()).set("year", plan.year()).set("town", unit.town())
                        .set("department", unit.department()).set("publishedAt", plan.publishedAt()), COLLECTION)));
    }

    /** Only inspections of a plan's drawn units count; others are not random inspections. */
    @Bean
    IntegrationEventHandler<InspectionCompletedV1> onInspectionCompleted(MongoTemplate mongo) {
        return IntegrationEventHandler.of(InspectionCompletedV1.class, (inspection, context) -> {
            if (inspection.planId() != null) {
                mongo.upsert(byId(inspection.planId(), inspection.unitId()), new Update()
                        .set("planId", inspection.planId()).set("unitId", inspection.unitId())
                        .setOnInsert("town", inspection.town()).setOnInsert("department", inspection.department())
                        .set("inspectionId", inspection.inspectionId()).set("completedAt", inspection.completedAt()),
                        COLLECTION);
            }
        });
    }

    private static Query byId(String planId, String unitId) {
        return Query.query(Criteria.where("_id").is(planId + "/" + unitId));
    }
}
