package org.firegov.accountability.hydrants;

import org.firegov.events.infrastructure.HydrantRatesChangedV1;
import org.firegov.kit.consume.ConsumedFacts;
import org.firegov.kit.consume.IntegrationEventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A town's municipal hydrant counts as infrastructure published them (建有率/完好率 behind
 * {@code hydrant-rates.changed}), one fact per event, its id the CloudEvent id (the evidence), so the figures can be
 * read as they stood on any day: the town's latest change up to then. Upserts by event id.
 */
@Configuration
public class HydrantRateFacts {

    public static final String COLLECTION = "hydrant_rate_facts";

    @Bean
    ConsumedFacts consumedHydrantRateFacts() {
        return new ConsumedFacts(COLLECTION);
    }

    @Bean
    IntegrationEventHandler<HydrantRatesChangedV1> onHydrantRatesChanged(MongoTemplate mongo) {
        return IntegrationEventHandler.of(HydrantRatesChangedV1.class, (e, context) -> mongo.upsert(
                Query.query(Criteria.where("_id").is(context.id())),
                new Update().set("town", e.town()).set("required", e.required()).set("built", e.built())
                        .set("inService", e.inService()).set("changedAt", e.changedAt()),
                COLLECTION));
    }
}
