package org.firegov.kit.web.idempotency;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;

/**
 * One caller's use of one key: the hash of the request it came with and, once answered, the response to replay.
 *
 * @param id          SHA-256 of caller and key, so keys of different callers never meet
 * @param requestHash SHA-256 of method, path and body
 * @param expiresAt   purged after this instant (in progress: a short lease, so a crashed request frees the key)
 */
record IdempotencyRecord(@Id String id, String caller, String key, String requestHash, State state, int status,
                         String contentType, String location, byte[] body, Instant createdAt,
                         @Indexed Instant expiresAt) {

    static final String COLLECTION = "idempotency_keys";

    enum State { IN_PROGRESS, DONE }
}
