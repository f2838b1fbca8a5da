package org.firegov.kit.consume;

import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The ids of integration events this service has already handled, in its MongoDB. */
public class ProcessedEvents {

    static final String COLLECTION = "processed_integration_events";

    private final MongoTemplate mongo;

    public ProcessedEvents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public boolean contains(String eventId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(eventId)), COLLECTION);
    }

    public void remember(ReceivedEvent event) {
        try {
            mongo.insert(new Entry(event.id(), event.type(), event.topic(), Instant.now()), COLLECTION);
        } catch (DuplicateKeyException alreadyThere) {
            // a concurrent redelivery got there first: nothing to do
        }
    }

    public long count() {
        return mongo.count(new Query(), COLLECTION);
    }

    record Entry(String id, String type, String topic, Instant processedAt) {
    }
}
