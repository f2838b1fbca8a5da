package org.firegov.infrastructure.force;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ForceTargetsTest {

    @Test
    void the_plans_stations_and_brigades_are_compared_with_the_register_and_its_named_towns() {
        List<ForceTargets.KindTarget> targets = ForceTargets.of(
                Map.of(ForceKind.STATION, 2, ForceKind.FULL_TIME_BRIGADE, 7),
                Set.of("baiyang", "zhaojia"), Set.of("xiabao", "dahe"));

        ForceTargets.KindTarget stations = targets.get(0);
        assertThat(stations.baseline2020()).isEqualTo(2);
        assertThat(stations.target()).isEqualTo(3);
        assertThat(stations.dueYear()).isEqualTo(2025);
        assertThat(stations.registered()).isEqualTo(2);
        assertThat(stations.namedAllRegistered()).isFalse();

        ForceTargets.KindTarget brigades = targets.get(1);
        assertThat(brigades.target()).isEqualTo(8);
        assertThat(brigades.named()).containsExactly(new ForceTargets.Named("xiabao", true),
                new ForceTargets.Named("tongcheng", false));

        ForceTargets.KindTarget micro = targets.get(2);
        assertThat(micro.baseline2020()).isEqualTo(110);
        assertThat(micro.target()).isNull();
        assertThat(micro.registered()).isZero();
    }
}
