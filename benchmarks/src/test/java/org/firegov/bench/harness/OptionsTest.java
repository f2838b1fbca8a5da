package org.firegov.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void defaults_run_every_scenario_at_the_documented_sizes() {
        Options o = Options.parse();

        assertThat(o.only()).containsExactlyElementsOf(Options.SCENARIOS);
        assertThat(o.replayEvents()).isEqualTo(100_000);
        assertThat(o.dashboardHazards()).isEqualTo(100_000);
        assertThat(o.dashboardUnits()).isEqualTo(10_000);
        assertThat(o.attach()).isFalse();
    }

    @Test
    void large_sizes_counts_with_suffixes_and_a_subset_of_scenarios() {
        Options o = Options.parse("--large", "--signals=1M", "--units=20k", "--only=write,replay", "--attach");

        assertThat(o.replayEvents()).isEqualTo(1_000_000);
        assertThat(o.dashboardHazards()).isEqualTo(1_000_000);
        assertThat(o.iotSignals()).isEqualTo(1_000_000);
        assertThat(o.dashboardUnits()).isEqualTo(20_000);
        assertThat(o.runs("write")).isTrue();
        assertThat(o.runs("dashboard")).isFalse();
        assertThat(o.attach()).isTrue();
    }

    @Test
    void unknown_options_and_scenarios_are_refused() {
        assertThatThrownBy(() -> Options.parse("--fast")).hasMessageContaining("unknown option --fast");
        assertThatThrownBy(() -> Options.parse("--only=write,speed")).hasMessageContaining("--only takes");
    }
}
