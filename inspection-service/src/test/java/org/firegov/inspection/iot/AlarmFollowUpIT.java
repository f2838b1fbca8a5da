package org.firegov.inspection.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.firegov.events.iot.DeviceSignalV1;
import org.firegov.inspection.InspectionApi;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

/** What alarms lead to: a fault left open too long becomes one hazard; a verified fire becomes an incident. */
@FireGovServiceTest
class AlarmFollowUpIT {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    ObjectMapper json;
    @Autowired
    FaultAlarmCheck faultCheck;

    InspectionApi api;
    Signals signals;

    @BeforeEach
    void setUp() {
        api = new InspectionApi(port);
        signals = new Signals(kafka, json);
    }

    private String unit(String town, String department) {
        String unit = api.registerUnit(town, department, "KEY", List.of("SCHOOL"));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("/api/inspection/units/" + unit, Tokens.brigade()).status() == 200);
        return unit;
    }

    private JsonNode alarmOf(String deviceId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/inspection/iot/alarms?deviceId=" + deviceId,
                Tokens.brigade()).body().get("items").size() == 1);
        return api.get("/api/inspection/iot/alarms?deviceId=" + deviceId, Tokens.brigade()).body().get("items").get(0);
    }

    private JsonNode hazardsOf(String unit) {
        return api.get("/api/inspection/hazards?unitId=" + unit, Tokens.brigade()).body().get("items");
    }

    @Test
    void a_fault_left_open_past_the_limit_becomes_exactly_one_iot_hazard() throws Exception {
        String unit = unit("xiabao", "education");
        String device = "fault-" + UUID.randomUUID();
        Instant measured = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        signals.send(new DeviceSignalV1(device, unit, "FAULT", 17, measured)).get();
        String alarmId = alarmOf(device).get("alarmId").asText();

        faultCheck.escalate(measured.plus(Duration.ofDays(2)));   // not yet due (P3D)
        assertThat(hazardsOf(unit)).isEmpty();

        assertThat(faultCheck.escalate(measured.plus(Duration.ofDays(3)).plusSeconds(1))).isPositive();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(hazardsOf(unit).findValuesAsText("source")).containsExactly("IOT");
            assertThat(alarmOf(device).get("faultEscalatedAt").isNull()).isFalse();
        });
        assertThat(hazardsOf(unit).get(0).get("hazardId").asText()).isEqualTo(Alarm.hazardIdOf(alarmId));

        // later runs (or a restart: the alarm remembers) report nothing more
        faultCheck.escalate(measured.plus(Duration.ofDays(5)));
        faultCheck.escalate(measured.plus(Duration.ofDays(6)));
        Thread.sleep(1000);
        assertThat(hazardsOf(unit)).hasSize(1);
        // verifying it as a hazard afterwards does not report a second one either
        assertThat(api.post("/api/inspection/iot/alarms/" + alarmId + "/acknowledgement", Tokens.brigade(),
                Map.of("verdict", "HAZARD")).status()).isEqualTo(204);
        Thread.sleep(1000);
        assertThat(hazardsOf(unit)).hasSize(1);
    }

    @Test
    void an_alarm_verified_as_a_real_fire_records_a_fire_incident_at_the_units_town() throws Exception {
        String unit = unit("tongcheng", "health");
        String smoke = "smoke-" + UUID.randomUUID();
        signals.send(new DeviceSignalV1(smoke, unit, "SMOKE", 1, Instant.now())).get();
        String alarmId = alarmOf(smoke).get("alarmId").asText();

        assertThat(api.post("/api/inspection/iot/alarms/" + alarmId + "/acknowledgement", Tokens.brigade(),
                Map.of("verdict", "FIRE", "note", "厨房起火，已扑灭")).status()).isEqualTo(204);

        String path = "/api/inspection/incidents/" + AlarmFollowUp.incidentIdOf(alarmId);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get(path, Tokens.brigade()).status() == 200);
        JsonNode incident = api.get(path, Tokens.brigade()).body();
        assertThat(incident.get("kind").asText()).isEqualTo("FIRE");
        assertThat(incident.get("town").asText()).isEqualTo("tongcheng");
        assertThat(incident.get("unitId").asText()).isEqualTo(unit);
        assertThat(incident.get("department").asText()).isEqualTo("health");
        assertThat(incident.get("historical").asBoolean()).isFalse();
        assertThat(incident.get("cause").asText()).contains("厨房起火");
        // the town sees it; another town does not; no hazard was reported
        assertThat(api.get(path, Tokens.town("tongcheng")).status()).isEqualTo(200);
        assertThat(api.get(path, Tokens.town("xiabao")).status()).isEqualTo(404);
        assertThat(hazardsOf(unit)).isEmpty();
    }
}
