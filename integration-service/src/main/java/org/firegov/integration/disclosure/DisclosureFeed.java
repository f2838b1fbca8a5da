package org.firegov.integration.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.firegov.integration.Sequences;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The feed in MongoDB. Facts are appended by the single Kafka listener thread, so a fact with a higher cursor is
 * never visible before one with a lower cursor: a reader that remembers the last cursor it saw misses nothing.
 */
@Component
class DisclosureFeed {

    private static final String CURSOR = "disclosure-cursor";

    private final MongoTemplate mongo;
    private final Sequences sequences;

    DisclosureFeed(MongoTemplate mongo, Sequences sequences) {
        this.mongo = mongo;
        this.sequences = sequences;
    }

    void append(String eventId, DisclosureKind kind, String subject, Instant occurredAt, Map<String, Object> data) {
        if (mongo.exists(Query.query(Criteria.where("_id").is(eventId)), DisclosureEntry.COLLECTION)) {
            return;
        }
        try {
            mongo.insert(new DisclosureEntry(eventId, sequences.next(CURSOR), kind, subject, occurredAt, data),
                    DisclosureEntry.COLLECTION);
        } catch (DuplicateKeyException redelivered) {
            // added by an earlier delivery of the same event
        }
    }

    List<DisclosureEntry> after(long cursor, DisclosureKind kind, int limit) {
        Criteria criteria = Criteria.where("cursor").gt(cursor);
        if (kind != null) {
            criteria = criteria.and("kind").is(kind);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("cursor")).limit(limit), DisclosureEntry.class,
                DisclosureEntry.COLLECTION);
    }
}
