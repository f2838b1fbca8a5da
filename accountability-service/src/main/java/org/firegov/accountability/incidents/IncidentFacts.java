package org.firegov.accountability.incidents;

import org.firegov.accountability.responsibility.FatalFireReviews;
import org.firegov.events.inspection.IncidentRecordedV1;
import org.firegov.kit.consume.ConsumedFacts;
import org.firegov.kit.consume.IntegrationEventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One fact per fire or rescue incident (火灾/警情) from inspection's events, historical totals included (flagged;
 * they never score). Upserts by incident id.
 */
@Configuration
public class IncidentFacts {

    public static final String COLLECTION = "incident_facts";

    @Bean
    ConsumedFacts consumedIncidentFacts() {
        return new ConsumedFacts(COLLECTION);
    }

    /** Keeps the fact; a fatal fire also opens a “回头看” review on the town's responsibility list. */
    @Bean
    IntegrationEventHandler<IncidentRecordedV1> onIncidentRecorded(MongoTemplate mongo, FatalFireReviews reviews) {
        return IntegrationEventHandler.of(IncidentRecordedV1.class, (e, context) -> {
            record(mongo, e);
            reviews.consider(e);
        });
    }

    private static void record(MongoTemplate mongo, IncidentRecordedV1 e) {
        mongo.upsert(Query.query(Criteria.where("_id").is(e.incidentId())),
                new Update().set("town", e.town()).set("occurredOn", e.occurredOn()).set("year", e.occurredOn().getYear())
                        .set("kind", e.kind()).set("major", e.major()).set("deaths", e.deaths())
                        .set("injuries", e.injuries()).set("directLossYuan", e.directLossYuan())
                        .set("historical", e.historical()).set("recordedAt", e.recordedAt()),
                COLLECTION);
    }
}
