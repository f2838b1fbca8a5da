package org.firegov.integration.callback;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One status change to deliver to a client: the CloudEvent as it is POSTed, and where its delivery stands.
 *
 * @param id       the CloudEvent id, also the {@code X-FireGov-Delivery} header: receivers dedupe on it
 * @param subject  the application (or report) it is about; deliveries of one subject go strictly in order
 * @param order    arrival order (a counter): within a subject, lower goes first
 * @param body     the structured-mode CloudEvent JSON, byte for byte what is signed and sent
 */
@Document(CallbackDelivery.COLLECTION)
record CallbackDelivery(@Id String id, @Indexed String clientId, @Indexed String subject, @Indexed long order,
                        String type, long sequence, String body, Status status, int attempts,
                        Instant nextAttemptAt, Instant leaseUntil, String lastError, Instant createdAt,
                        Instant deliveredAt) {

    static final String COLLECTION = "callback_deliveries";

    enum Status {
        /** waiting for its turn or its next attempt */
        PENDING,
        /** the receiver answered 2xx */
        DELIVERED,
        /** failed {@code max-attempts} times: holds back its subject's later deliveries until redelivered */
        PARKED
    }
}
