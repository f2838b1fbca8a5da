package org.firegov.kit.web.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.firegov.kit.web.idempotency.IdempotencyRecord.State;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The stored keys, in the service's MongoDB. Expired keys are ignored on lookup and purged at most once a minute
 * by the requests themselves, so expiry works the same on MongoDB and on the embedded mongo-java-server (which has
 * no TTL indexes).
 */
class IdempotencyKeys {

    /** How long a request may run before its key is considered abandoned (the request crashed). */
    static final Duration LEASE = Duration.ofMinutes(1);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

    private final MongoTemplate mongo;
    private final Duration ttl;
    private final Clock clock;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

    IdempotencyKeys(MongoTemplate mongo, Duration ttl, Clock clock) {
        this.mongo = mongo;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** The live record of this key, if any. */
    Optional<IdempotencyRecord> find(String id) {
        purgeNowAndThen();
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(id)
                .and("expiresAt").gt(clock.instant())), IdempotencyRecord.class, IdempotencyRecord.COLLECTION));
    }

    /** Claims the key for a new request; false when another request claimed it first. */
    boolean claim(String id, String caller, String key, String requestHash) {
        Instant now = clock.instant();
        mongo.remove(Query.query(Criteria.where("_id").is(id).and("expiresAt").lte(now)), IdempotencyRecord.COLLECTION);
        try {
            mongo.insert(new IdempotencyRecord(id, caller, key, requestHash, State.IN_PROGRESS, 0, null, null, null,
                    now, now.plus(LEASE)), IdempotencyRecord.COLLECTION);
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    void complete(String id, int status, String contentType, String location, byte[] body) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update("state", State.DONE)
                .set("status", status).set("contentType", contentType).set("location", location).set("body", body)
                .set("expiresAt", clock.instant().plus(ttl)), IdempotencyRecord.COLLECTION);
    }

    /** The request failed on our side: the key is free again, so the client's retry runs. */
    void release(String id) {
        mongo.remove(Query.query(Criteria.where("_id").is(id)), IdempotencyRecord.COLLECTION);
    }

    private void purgeNowAndThen() {
        Instant now = clock.instant();
        Instant last = lastPurge.get();
        if (now.isAfter(last.plus(PURGE_EVERY)) && lastPurge.compareAndSet(last, now)) {
            mongo.remove(Query.query(Criteria.where("expiresAt").lte(now)), IdempotencyRecord.COLLECTION);
        }
    }
}
