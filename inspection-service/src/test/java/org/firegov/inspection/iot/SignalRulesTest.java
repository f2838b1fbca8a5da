package org.firegov.inspection.iot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.firegov.events.iot.DeviceSignalV1;
import org.junit.jupiter.api.Test;

class SignalRulesTest {

    private final SignalRules rules = new SignalRules(new IotProperties(0.1, 300.0, Duration.ofMinutes(30),
            Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofDays(3)));

    private AlarmKind alarmFor(String kind, double value) {
        return rules.alarmFor(new DeviceSignalV1("d-1", "u-1", kind, value, Instant.now())).orElse(null);
    }

    @Test
    void smoke_reading_one_is_a_fire_alarm_and_zero_is_quiet() {
        assertThat(alarmFor("SMOKE", 1)).isEqualTo(AlarmKind.FIRE);
        assertThat(alarmFor("SMOKE", 0)).isNull();
    }

    @Test
    void water_pressure_below_the_minimum_and_residual_current_above_the_threshold_alarm() {
        assertThat(alarmFor("WATER_PRESSURE", 0.05)).isEqualTo(AlarmKind.LOW_WATER_PRESSURE);
        assertThat(alarmFor("WATER_PRESSURE", 0.1)).isNull();
        assertThat(alarmFor("ELECTRICAL", 301)).isEqualTo(AlarmKind.ELECTRICAL);
        assertThat(alarmFor("ELECTRICAL", 300)).isNull();
    }

    @Test
    void a_fault_always_alarms_and_heartbeats_never_do() {
        assertThat(alarmFor("FAULT", 17)).isEqualTo(AlarmKind.FAULT);
        assertThat(alarmFor("HEARTBEAT", 1)).isNull();
        assertThat(alarmFor("WATER_LEVEL", 0)).isNull();
    }
}
