package org.firegov.integration.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(10),
            RandomGenerator.of("L64X128MixRandom"));

    @Test
    void the_delay_doubles_per_failure_between_half_and_all_of_it() {
        for (int failures = 1; failures <= 5; failures++) {
            long full = 2000L << (failures - 1);
            for (int i = 0; i < 50; i++) {
                assertThat(backoff.after(failures).toMillis()).isBetween(full / 2, full);
            }
        }
    }

    @Test
    void the_delay_never_exceeds_the_cap_even_after_many_failures() {
        for (int failures = 10; failures < 100; failures++) {
            assertThat(backoff.after(failures)).isBetween(Duration.ofMinutes(5), Duration.ofMinutes(10));
        }
    }

    @Test
    void retries_are_spread_out_by_jitter() {
        Set<Long> delays = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            delays.add(backoff.after(3).toMillis());
        }
        assertThat(delays).hasSizeGreaterThan(10);
    }
}
