package org.firegov.kit.web.idempotency;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Safe retries of POSTs with an {@code Idempotency-Key} header.
 *
 * @param paths    Ant patterns of the POST endpoints that take a key (default: the integration API of every service)
 * @param required a POST to those paths without a key is refused (400 {@code idempotency-key-missing})
 * @param ttl      how long a key and its stored response are kept; a key reused after that is a new request
 */
@ConfigurationProperties("firegov.idempotency")
public record IdempotencyProperties(
        @DefaultValue({"/api/integration/**", "/api/*/platform/**"}) List<String> paths,
        @DefaultValue("true") boolean required,
        @DefaultValue("P1D") Duration ttl) {
}
