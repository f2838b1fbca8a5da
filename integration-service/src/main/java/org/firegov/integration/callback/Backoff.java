package org.firegov.integration.callback;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: before retry n (after the n-th failure) wait between half and all of
 * {@code min(max, initial × 2^(n-1))}, so receivers that come back are not hit by every sender at once.
 */
record Backoff(Duration initial, Duration max, RandomGenerator random) {

    Duration after(int failures) {
        long exponential = initial.toMillis() << Math.min(Math.max(failures - 1, 0), 30);
        long capped = Math.min(max.toMillis(), exponential);
        long half = capped / 2;
        return Duration.ofMillis(half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }
}
