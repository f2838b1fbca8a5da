package org.firegov.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class TableTest {

    private static Stats stats(long count, double seconds, long... micros) {
        Histogram h = Stats.newHistogram();
        for (long m : micros) {
            h.recordValue(m);
        }
        Stats s = Stats.of(h, 0, seconds);
        return new Stats(count, 0, seconds, s.p50Ms(), s.p95Ms(), s.p99Ms(), s.maxMs());
    }

    @Test
    void a_scenario_is_printed_beside_its_baseline_with_the_throughput_ratio() {
        Row row = new Row("write path", "inspection", stats(300, 10, 20_000, 40_000), "JPA", stats(600, 10, 10_000),
                "≥ 0.60×", "8 callers");

        String table = Table.render(List.of(row));

        assertThat(table.lines()).hasSize(4);
        assertThat(table.lines().toList().get(2)).contains("write path", "inspection", "| 300 ", "| 30.0 ", "0.50×",
                "≥ 0.60×", "8 callers");
        assertThat(table.lines().toList().get(3)).contains("baseline: JPA", "| 600 ", "| 60.0 ", "| 10.0 ");
    }

    @Test
    void rates_have_no_latencies_and_unavailable_scenarios_say_why() {
        String table = Table.render(List.of(new Row("replay", "rebuild", Stats.rate(100_000, 4), null, null,
                "≥ 20,000 events/s", null), Row.unavailable("IoT ingestion", "no consumer yet")));

        assertThat(table).contains("| 25,000 |", "| – ", "not available", "no consumer yet");
        assertThat(new Row("replay", "x", Stats.rate(1, 1), null, null, null, null).ratio()).isNull();
    }

    @Test
    void narrow_columns_still_get_a_markdown_rule() {
        String table = Table.render(List.of(new Row("w", "x", stats(5, 1, 1_000), null, null, null, null)));

        assertThat(table.lines().toList().get(1).split("\\|")[3].trim()).isEqualTo("---");
    }
}
