package org.firegov.infrastructure.force;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EquipmentTargetsTest {

    @Test
    void ten_thousand_sets_acquired_2021_to_2025_meet_the_target_and_earlier_ones_do_not_count() {
        EquipmentTargets.Progress progress = EquipmentTargets.of(Map.of(2020, 1600, 2021, 2000, 2023, 5000, 2025, 3000),
                List.of());
        assertThat(progress.setsAcquired()).isEqualTo(10_000);
        assertThat(progress.setsTargetMet()).isTrue();
        assertThat(progress.sets()).extracting(EquipmentTargets.SetsYear::acquiredToDate)
                .containsExactly(2000, 2000, 7000, 7000, 10_000);
        assertThat(EquipmentTargets.of(Map.of(2025, 9_999), List.of()).setsTargetMet()).isFalse();
    }

    @Test
    void the_2022_water_tank_engine_counts_only_if_acquired_by_2022_and_the_publicity_vehicle_by_2025() {
        EquipmentTargets.Progress late = EquipmentTargets.of(Map.of(), List.of(
                new EquipmentTargets.Acquired(VehicleType.WATER_TANK, 2023),
                new EquipmentTargets.Acquired(VehicleType.PUBLICITY, 2024)));
        assertThat(late.vehicles()).extracting(EquipmentTargets.VehicleProgress::met).containsExactly(false, true);
        EquipmentTargets.Progress onTime = EquipmentTargets.of(Map.of(), List.of(
                new EquipmentTargets.Acquired(VehicleType.WATER_TANK, 2022),
                new EquipmentTargets.Acquired(VehicleType.WATER_TANK, 2020)));
        assertThat(onTime.vehicles().get(0).acquired()).isEqualTo(1);
        assertThat(onTime.vehicles().get(0).met()).isTrue();
        assertThat(onTime.vehicles().get(1).met()).isFalse();
    }

    @Test
    void the_plans_two_stations_over_9_92_square_kilometres_reproduce_its_4_96_per_station() {
        assertThat(ProtectionAreaCheck.PLAN_2020.consistent()).isTrue();
        ProtectionAreaCheck twoStations = ProtectionAreaCheck.of(List.of(
                new ProtectionAreaCheck.Station("a", "城区站", "baiyang", new BigDecimal("5.50")),
                new ProtectionAreaCheck.Station("b", "赵家站", "zhaojia", new BigDecimal("4.42"))));
        assertThat(twoStations.totalKm2()).isEqualByComparingTo("9.92");
        assertThat(twoStations.averageKm2()).isEqualByComparingTo("4.96");
        assertThat(twoStations.atMostPlanBaseline()).isTrue();

        ProtectionAreaCheck larger = ProtectionAreaCheck.of(List.of(
                new ProtectionAreaCheck.Station("a", "城区站", "baiyang", new BigDecimal("6.00")),
                new ProtectionAreaCheck.Station("b", "赵家站", "zhaojia", new BigDecimal("4.00")),
                new ProtectionAreaCheck.Station("c", "凤凰消防站", "fenghuang", null)));
        assertThat(larger.stations()).isEqualTo(3);
        assertThat(larger.stationsWithArea()).isEqualTo(2);
        assertThat(larger.averageKm2()).isEqualByComparingTo("5.00");
        assertThat(larger.atMostPlanBaseline()).isFalse();
        assertThat(ProtectionAreaCheck.of(List.of()).atMostPlanBaseline()).isNull();
    }
}
