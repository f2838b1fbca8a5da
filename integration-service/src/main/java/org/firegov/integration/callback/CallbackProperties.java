package org.firegov.integration.callback;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Delivery of status callbacks; defaults in application.yml. */
@ConfigurationProperties("firegov.integration.callbacks")
public record CallbackProperties(Duration pollInterval, Duration initialBackoff, Duration maxBackoff, int maxAttempts,
                                 Duration connectTimeout, Duration requestTimeout, boolean allowHttpLoopback) {
}
