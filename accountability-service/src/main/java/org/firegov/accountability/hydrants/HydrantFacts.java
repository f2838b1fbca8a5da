package org.firegov.accountability.hydrants;

import org.firegov.events.infrastructure.HydrantRegisteredV1;
import org.firegov.events.infrastructure.HydrantStatusChangedV1;
import org.firegov.kit.consume.IntegrationEventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One fact per hydrant or water source (市政消火栓、取水设施) from infrastructure's events: its town, type and
 * current status. Upserts by hydrant id; a registration never overwrites a later status.
 */
@Configuration
class HydrantFacts {

    static final String COLLECTION = "hydrant_facts";

    @Bean
    IntegrationEventHandler<HydrantRegisteredV1> onHydrantRegistered(MongoTemplate mongo) {
        return IntegrationEventHandler.of(HydrantRegisteredV1.class, (e, context) -> mongo.upsert(byId(e.hydrantId()),
                new Update().set("town", e.town()).set("type", e.type()).set("demo", e.demo())
                        .setOnInsert("status", "IN_SERVICE"),
                COLLECTION));
    }

    @Bean
    IntegrationEventHandler<HydrantStatusChangedV1> onHydrantStatusChanged(MongoTemplate mongo) {
        return IntegrationEventHandler.of(HydrantStatusChangedV1.class, (e, context) -> mongo.upsert(
                byId(e.hydrantId()),
                new Update().set("town", e.town()).set("type", e.type()).set("status", e.to()),
                COLLECTION));
    }

    private static Query byId(String hydrantId) {
        return Query.query(Criteria.where("_id").is(hydrantId));
    }
}
