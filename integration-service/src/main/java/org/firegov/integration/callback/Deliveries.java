package org.firegov.integration.callback;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.firegov.integration.Sequences;
import org.firegov.integration.callback.CallbackDelivery.Status;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The durable outbox of status callbacks, in MongoDB: survives restarts, read again by every poll. */
@Component
class Deliveries {

    private static final String ORDER = "callback-order";
    /** A sender that crashed mid-POST frees its delivery after this long (the POST itself times out sooner). */
    private static final Duration LEASE = Duration.ofMinutes(2);
    /** Open deliveries looked at per poll, oldest first. */
    private static final int WINDOW = 1000;

    private final MongoTemplate mongo;
    private final Sequences sequences;

    Deliveries(MongoTemplate mongo, Sequences sequences) {
        this.mongo = mongo;
        this.sequences = sequences;
    }

    /** Adds a status change once (a redelivered Kafka record is recognised by its CloudEvent id). */
    void add(String id, String clientId, String subject, String type, long sequence, String body, Instant now) {
        if (mongo.exists(byId(id), CallbackDelivery.COLLECTION)) {
            return;
        }
        try {
            mongo.insert(new CallbackDelivery(id, clientId, subject, sequences.next(ORDER), type, sequence, body,
                    Status.PENDING, 0, now, null, null, now, null), CallbackDelivery.COLLECTION);
        } catch (DuplicateKeyException redelivered) {
            // an earlier delivery of the same event got there first
        }
    }

    /** Every pending or parked delivery, oldest first: the first of each subject is that subject's head. */
    List<CallbackDelivery> open() {
        return mongo.find(Query.query(Criteria.where("status").in(Status.PENDING, Status.PARKED))
                .with(Sort.by("order")).limit(WINDOW), CallbackDelivery.class, CallbackDelivery.COLLECTION);
    }

    /** Takes a due delivery for one attempt; false when another sender (instance) has it. */
    boolean lease(CallbackDelivery delivery, Instant now) {
        Query free = Query.query(Criteria.where("_id").is(delivery.id()).and("status").is(Status.PENDING)
                .orOperator(Criteria.where("leaseUntil").is(null), Criteria.where("leaseUntil").lt(now)));
        return mongo.updateFirst(free, Update.update("leaseUntil", now.plus(LEASE)), CallbackDelivery.COLLECTION)
                .getModifiedCount() == 1;
    }

    void delivered(CallbackDelivery delivery, Instant now) {
        mongo.updateFirst(byId(delivery.id()), Update.update("status", Status.DELIVERED).set("deliveredAt", now)
                .set("attempts", delivery.attempts() + 1).set("leaseUntil", null).set("lastError", null),
                CallbackDelivery.COLLECTION);
    }

    void failed(CallbackDelivery delivery, String error, Instant nextAttemptAt, boolean park) {
        mongo.updateFirst(byId(delivery.id()), Update.update("status", park ? Status.PARKED : Status.PENDING)
                .set("attempts", delivery.attempts() + 1).set("nextAttemptAt", nextAttemptAt)
                .set("leaseUntil", null).set("lastError", error), CallbackDelivery.COLLECTION);
    }

    /** A parked delivery goes back to the queue with a fresh set of attempts; false when it is not parked. */
    boolean redeliver(String clientId, String id, Instant now) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("clientId").is(clientId)
                        .and("status").is(Status.PARKED)),
                Update.update("status", Status.PENDING).set("attempts", 0).set("nextAttemptAt", now)
                        .set("lastError", null), CallbackDelivery.COLLECTION).getModifiedCount() == 1;
    }

    CallbackDelivery find(String clientId, String id) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(id).and("clientId").is(clientId)),
                CallbackDelivery.class, CallbackDelivery.COLLECTION);
    }

    void log(DeliveryAttempt attempt) {
        mongo.insert(attempt, DeliveryAttempt.COLLECTION);
    }

    List<DeliveryAttempt> attemptsOf(String deliveryId) {
        return mongo.find(Query.query(Criteria.where("deliveryId").is(deliveryId)).with(Sort.by("at")),
                DeliveryAttempt.class, DeliveryAttempt.COLLECTION);
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
