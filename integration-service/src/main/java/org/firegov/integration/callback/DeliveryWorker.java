package org.firegov.integration.callback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due callbacks, strictly in order per subject: only the oldest open delivery of an application is ever
 * tried, so a failing or parked one holds back the later ones of that application and no other. Everything it
 * knows is in MongoDB, so a restart carries on where it stopped (a POST cut short by a crash is sent again:
 * receivers dedupe on {@code X-FireGov-Delivery}).
 */
@Component
class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final Deliveries deliveries;
    private final MongoTemplate mongo;
    private final CallbackSender sender;
    private final CallbackProperties properties;
    private final Backoff backoff;
    private final Clock clock = Clock.systemUTC();

    DeliveryWorker(Deliveries deliveries, MongoTemplate mongo, CallbackSender sender, CallbackProperties properties) {
        this.deliveries = deliveries;
        this.mongo = mongo;
        this.sender = sender;
        this.properties = properties;
        this.backoff = new Backoff(properties.initialBackoff(), properties.maxBackoff(), RandomGenerator.getDefault());
    }

    @Scheduled(fixedDelayString = "${firegov.integration.callbacks.poll-interval}")
    void deliverDue() {
        Set<String> heads = new HashSet<>();
        for (CallbackDelivery delivery : deliveries.open()) {
            if (!heads.add(delivery.clientId() + "\n" + delivery.subject())) {
                continue; // an earlier delivery of the same application is still open
            }
            Instant now = clock.instant();
            if (delivery.status() != CallbackDelivery.Status.PENDING || delivery.nextAttemptAt().isAfter(now)) {
                continue;
            }
            CallbackRegistration to = mongo.findById(delivery.clientId(), CallbackRegistration.class,
                    CallbackRegistration.COLLECTION);
            if (to != null && deliveries.lease(delivery, now)) {
                attempt(to, delivery);
            }
        }
    }

    private void attempt(CallbackRegistration to, CallbackDelivery delivery) {
        int attempt = delivery.attempts() + 1;
        Instant started = clock.instant();
        CallbackSender.Outcome outcome = sender.send(to, delivery, attempt);
        Instant finished = clock.instant();
        deliveries.log(new DeliveryAttempt(UUID.randomUUID().toString(), delivery.id(), delivery.clientId(),
                delivery.subject(), attempt, started, to.url(), outcome.httpStatus(), outcome.error(),
                Duration.between(started, finished).toMillis()));
        if (outcome.delivered()) {
            deliveries.delivered(delivery, finished);
            return;
        }
        boolean park = attempt >= properties.maxAttempts();
        deliveries.failed(delivery, outcome.error(), finished.plus(backoff.after(attempt)), park);
        if (park) {
            log.warn("Parked callback {} of {} to {} after {} attempts: {}", delivery.id(), delivery.subject(),
                    delivery.clientId(), attempt, outcome.error());
        }
    }
}
