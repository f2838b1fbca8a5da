package org.firegov.accountability.hydrants;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.firegov.events.infrastructure.HydrantRegisteredV1;
import org.firegov.events.infrastructure.HydrantStatusChangedV1;
import org.firegov.kit.consume.ConsumedFacts;
import org.firegov.kit.consume.IntegrationEventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One fact per hydrant or water source (市政消火栓、取水设施) from infrastructure's events: its town, type, when it
 * was registered, its current status and every status change with its time (so a rate can be computed as it stood
 * at a quarter's end). Upserts by hydrant id; a registration never overwrites a later status.
 */
@Configuration
public class HydrantFacts {

    public static final String COLLECTION = "hydrant_facts";


    @Bean
    ConsumedFacts consumedHydrantFacts() {
        return new ConsumedFacts(COLLECTION);
    }

    @Bean
    IntegrationEventHandler<HydrantRegisteredV1> onHydrantRegistered(MongoTemplate mongo) {
        return IntegrationEventHandler.of(HydrantRegisteredV1.class, (e, context) -> mongo.upsert(byId(e.hydrantId()),
                new Update().set("town", e.town()).set("type", e.type()).set("demo", e.demo())
                        .set("registeredAt", e.registeredAt()).setOnInsert("status", "IN_SERVICE"),
                COLLECTION));
    }

    @Bean
    IntegrationEventHandler<HydrantStatusChangedV1> onHydrantStatusChanged(MongoTemplate mongo) {
        return IntegrationEventHandler.of(HydrantStatusChangedV1.class, (e, context) -> mongo.upsert(
                byId(e.hydrantId()),
                new Update().set("town", e.town()).set("type", e.type()).set("status", e.to())
                        .addToSet("changes", new Document("at", e.changedAt()).append("to", e.to())),
                COLLECTION));
    }

    /** A hydrant fact's status at a moment: its last change before then, or in service as registered. */
    public static String statusAt(Document hydrant, Instant moment) {
        return hydrant.getList("changes", Document.class, List.of()).stream()
                .filter(change -> change.get("at") instanceof Date at && at.toInstant().isBefore(moment))
                .max(Comparator.comparing(change -> change.getDate("at")))
                .map(change -> change.getString("to"))
                .orElse("IN_SERVICE");
    }

    private static Query byId(String hydrantId) {
        return Query.query(Criteria.where("_id").is(hydrantId));
    }
}
