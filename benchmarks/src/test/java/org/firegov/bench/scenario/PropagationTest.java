package org.firegov.bench.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.HdrHistogram.Histogram;
import org.firegov.bench.scenario.Propagation.Sample;
import org.junit.jupiter.api.Test;

class PropagationTest {

    private static final long MS = 1_000_000;

    @Test
    void each_acknowledged_hazard_is_timed_to_the_first_poll_that_counts_it() {
        List<Long> acks = new ArrayList<>(List.of(100 * MS, 110 * MS, 120 * MS));
        List<Sample> samples = new ArrayList<>(List.of(new Sample(105 * MS, 10), new Sample(130 * MS, 11),
                new Sample(150 * MS, 13)));

        Histogram h = Propagation.latencies(acks, samples, 10);

        assertThat(h.getTotalCount()).isEqualTo(3);
        assertThat(h.getMinValue()).isBetween(29_900L, 30_100L);   // 130 - 100 ms, first hazard
        assertThat(h.getMaxValue()).isBetween(39_900L, 40_100L);   // 150 - 110 ms, second
    }

    @Test
    void a_hazard_never_counted_is_left_out_not_timed() {
        List<Long> acks = new ArrayList<>(List.of(100 * MS, 110 * MS));
        List<Sample> samples = new ArrayList<>(List.of(new Sample(120 * MS, 1)));

        assertThat(Propagation.latencies(acks, samples, 0).getTotalCount()).isEqualTo(1);
    }
}
