package org.firegov.accountability.openhazards;

import org.bson.Document;
import org.firegov.accountability.credit.OverdueMajorHazardDishonesty;
import org.firegov.accountability.selfinspection.UnitFacts;
import org.firegov.events.inspection.HazardClosedV1;
import org.firegov.events.inspection.HazardOverdueV1;
import org.firegov.events.inspection.HazardRectificationOrderedV1;
import org.firegov.events.inspection.HazardRectifiedV1;
import org.firegov.events.inspection.HazardReportedV1;
import org.firegov.kit.consume.ConsumedFacts;
import org.firegov.kit.consume.IntegrationEventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Keeps {@link HazardFact}s from inspection's hazard events. Upserts by hazard id: a redelivered event, or a
 * "closed" overtaking its "reported", still leaves exactly one fact with the right state.
 */
@Configuration
class HazardFacts {

    @Bean
    ConsumedFacts consumedHazardFacts() {
        return new ConsumedFacts(HazardFact.COLLECTION);
    }

    @Bean
    IntegrationEventHandler<HazardReportedV1> onHazardReported(MongoTemplate mongo) {
        return IntegrationEventHandler.of(HazardReportedV1.class, (event, context) -> mongo.upsert(byId(event.hazardId()),
                new Update()
                        .set("unitId", event.unitId())
                        .set("town", event.town())
                        .set("department", event.department())
                        .set("major", event.major())
                        .set("reportedAt", event.reportedAt())
                        .setOnInsert("open", true),
                HazardFact.COLLECTION));
    }

    @Bean
    IntegrationEventHandler<HazardClosedV1> onHazardClosed(MongoTemplate mongo) {
        return IntegrationEventHandler.of(HazardClosedV1.class, (event, context) -> mongo.upsert(byId(event.hazardId()),
                new Update()
                        .set("unitId", event.unitId())
                        .set("town", event.town())
                        .set("department", event.department())
                        .set("open", false)
                        .set("closedAt", event.closedAt()),
                HazardFact.COLLECTION));
    }

    /** A (new) deadline: not overdue until it passes. */
    @Bean
    IntegrationEventHandler<HazardRectificationOrderedV1> onRectificationOrdered(MongoTemplate mongo) {
        return IntegrationEventHandler.of(HazardRectificationOrderedV1.class, (event, context) -> mongo.upsert(
                byId(event.hazardId()), scope(event.unitId(), event.town(), event.department())
                        .set("deadline", event.deadline()).set("overdue", false),
                HazardFact.COLLECTION));
    }

    @Bean
    IntegrationEventHandler<HazardOverdueV1> onHazardOverdue(MongoTemplate mongo,
                                                             OverdueMajorHazardDishonesty dishonesty) {
        return IntegrationEventHandler.of(HazardOverdueV1.class, (event, context) -> {
            Document hazard = mongo.findAndModify(byId(event.hazardId()),
                    scope(event.unitId(), event.town(), event.department())
                            .set("deadline", event.deadline()).set("overdue", true),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class,
                    HazardFact.COLLECTION);
            Document unit = mongo.findById(event.unitId(), Document.class, UnitFacts.UNITS);
            dishonesty.consider(event, hazard != null && Boolean.TRUE.equals(hazard.getBoolean("major")),
                    unit == null ? null : unit.getString("name"));
        });
    }

    @Bean
    IntegrationEventHandler<HazardRectifiedV1> onHazardRectified(MongoTemplate mongo) {
        return IntegrationEventHandler.of(HazardRectifiedV1.class, (event, context) -> mongo.upsert(
                byId(event.hazardId()), scope(event.unitId(), event.town(), event.department())
                        .set("deadline", event.deadline()).set("rectified", true)
                        .set("rectifiedOnTime", event.onTime()).set("rectifiedAt", event.rectifiedAt()),
                HazardFact.COLLECTION));
    }

    private static Update scope(String unitId, String town, String department) {
        return new Update().set("unitId", unitId).set("town", town).set("department", department);
    }

    private static Query byId(String hazardId) {
        return Query.query(Criteria.where("_id").is(hazardId));
    }
}
