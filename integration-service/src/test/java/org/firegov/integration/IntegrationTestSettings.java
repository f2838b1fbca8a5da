package org.firegov.integration;

/** Settings every integration test context shares (one cached Spring context): fast polls and retries. */
final class IntegrationTestSettings {

    static final String FAST_CALLBACKS = "firegov.integration.callbacks.poll-interval=PT0.1S";
    static final String FAST_BACKOFF = "firegov.integration.callbacks.initial-backoff=PT0.05S";
    static final String SHORT_BACKOFF_CAP = "firegov.integration.callbacks.max-backoff=PT0.2S";
    static final String FEW_ATTEMPTS = "firegov.integration.callbacks.max-attempts=8";

    private IntegrationTestSettings() {
    }
}
