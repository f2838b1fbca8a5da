package org.firegov.integration.callback;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where a machine client wants its status callbacks, and the shared secret they are signed with. One per client
 * (the token's {@code azp}). The secret is kept as given: it is needed to sign.
 */
@Document(CallbackRegistration.COLLECTION)
record CallbackRegistration(@Id String clientId, String url, String secret, Instant registeredAt) {

    static final String COLLECTION = "callback_registrations";
}
