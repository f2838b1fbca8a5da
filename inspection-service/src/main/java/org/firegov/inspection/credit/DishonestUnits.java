package org.firegov.inspection.credit;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.firegov.events.accountability.DishonestyEndedV1;
import org.firegov.events.accountability.DishonestyRecordedV1;
import org.firegov.kit.consume.IntegrationEventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * 信用监管 input: the dishonesty records accountability publishes, kept per record so that a unit stays dishonest
 * while any of its records is active. Raises the unit's weight in double-random draws.
 */
@Configuration
public class DishonestUnits {

    static final String COLLECTION = "dishonesty_records";

    private final MongoTemplate mongo;

    DishonestUnits(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Bean
    IntegrationEventHandler<DishonestyRecordedV1> onDishonestyRecorded() {
        return IntegrationEventHandler.of(DishonestyRecordedV1.class, (e, context) -> mongo.upsert(
                byId(e.recordId()), new Update().set("unitId", e.unitId()).setOnInsert("active", true), COLLECTION));
    }

    @Bean
    IntegrationEventHandler<DishonestyEndedV1> onDishonestyEnded() {
        return IntegrationEventHandler.of(DishonestyEndedV1.class, (e, context) -> mongo.upsert(
                byId(e.recordId()), new Update().set("unitId", e.unitId()).set("active", false), COLLECTION));
    }

    /** Which of these units have an active dishonesty record. */
    public Set<String> among(Collection<String> unitIds) {
        return mongo.find(Query.query(Criteria.where("unitId").in(unitIds).and("active").is(true)), Document.class,
                        COLLECTION).stream()
                .map(record -> record.getString("unitId"))
                .collect(Collectors.toSet());
    }

    private static Query byId(String recordId) {
        return Query.query(Criteria.where("_id").is(recordId));
    }
}
