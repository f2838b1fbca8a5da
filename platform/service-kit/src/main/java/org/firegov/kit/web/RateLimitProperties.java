package org.firegov.kit.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A per-client request limit for anonymous endpoints open to abuse (public surveys, …), enforced by the service
 * itself whatever the gateway does. Off unless {@code paths} is set.
 *
 * @param paths              Ant patterns of the limited endpoints, e.g. {@code /api/training/public/surveys/**}
 * @param requestsPerMinute  requests one client may make to those endpoints per minute (fixed window)
 * @param maxBodyBytes       larger request bodies to those endpoints are refused with 413 before they are read
 * @param trustedProxies     remote addresses whose {@code X-Forwarded-For} is believed (the gateway's); from any
 *                           other address the header is ignored, so a client cannot pick its own identity
 */
@ConfigurationProperties("firegov.rate-limit")
public record RateLimitProperties(List<String> paths, Integer requestsPerMinute, Integer maxBodyBytes,
                                  List<String> trustedProxies) {

    public RateLimitProperties {
        paths = paths == null ? List.of() : List.copyOf(paths);
        requestsPerMinute = requestsPerMinute == null ? 20 : requestsPerMinute;
        maxBodyBytes = maxBodyBytes == null ? 16_384 : maxBodyBytes;
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }
}
