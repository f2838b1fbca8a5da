package org.firegov.gateway.ratelimit;

import java.time.Duration;

/**
 * A token bucket: holds up to {@code capacity} tokens, refilled continuously at {@code perMinute} a minute; each
 * request takes one. Thread-safe; time is passed in (nanoseconds), so it is testable without sleeping.
 */
final class TokenBucket {

    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, int perMinute, long now) {
        this.capacity = capacity;
        this.tokensPerNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /** @return {@link Duration#ZERO} when a token was taken, else how long until one is available */
    synchronized Duration take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - tokens) / tokensPerNano));
    }

    synchronized int remaining(long now) {
        refill(now);
        return (int) Math.floor(tokens);
    }

    /** Full again: forgetting the bucket changes nothing. */
    synchronized boolean full(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
        updatedAt = now;
    }
}
