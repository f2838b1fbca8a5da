package org.firegov.integration.callback;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The delivery log: one entry per POST made.
 *
 * @param httpStatus the receiver's status, or null when no answer came (connection refused, timeout)
 * @param error      why the attempt failed, or null when it succeeded
 */
@Document(DeliveryAttempt.COLLECTION)
record DeliveryAttempt(@Id String id, @Indexed String deliveryId, String clientId, String subject, int attempt,
                       Instant at, String url, Integer httpStatus, String error, long durationMs) {

    static final String COLLECTION = "callback_attempts";
}
