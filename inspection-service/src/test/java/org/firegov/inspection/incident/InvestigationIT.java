package org.firegov.inspection.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import org.firegov.events.inspection.InspectionEvents;
import org.firegov.inspection.InspectionApi;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** 火灾调查 and 延伸调查 over HTTP: roles, rules, scoped reading, the findings on Kafka for accountability. */
@FireGovServiceTest
class InvestigationIT {

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker kafka;
    @Autowired
    ObjectMapper json;

    InspectionApi api;

    @BeforeEach
    void setUp() {
        api = new InspectionApi(port);
    }

    private String fire(String unit, int deaths) {
        Reply recorded = api.post("/api/inspection/incidents", Tokens.brigade(), Map.of("unitId", unit,
                "occurredOn", "2026-03-01", "kind", "FIRE", "major", false, "deaths", deaths, "injuries", 0,
                "directLossYuan", 80000));
        assertThat(recorded.status()).as(String.valueOf(recorded.body())).isEqualTo(201);
        String id = recorded.body().get("incidentId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("/api/inspection/incidents/" + id, Tokens.brigade()).status() == 200);
        return id;
    }

    private static Map<String, Object> investigation() {
        return Map.of("cause", "电动自行车室内充电引发", "conclusion", "单位未落实每日防火巡查");
    }

    private static Map<String, Object> extended(boolean influential, String town) {
        return Map.of("influential", influential, "summary", "亡人火灾延伸调查", "findings", List.of(
                Map.of("partyType", "TOWN", "party", town, "finding", "属地未开展电动自行车专项整治",
                        "severity", "SERIOUS"),
                Map.of("partyType", "DEPARTMENT", "party", "education", "finding", "行业部门未督促整改",
                        "severity", "MINOR")));
    }

    @Test
    void a_fatal_fire_is_investigated_then_extended_and_the_findings_are_published_for_accountability()
            throws Exception {
        String town = InspectionApi.newTown();
        String unit = api.registerVisibleUnit(town, "education", "KEY", List.of("SCHOOL"));
        String incident = fire(unit, 1);
        String base = "/api/inspection/incidents/" + incident;

        Reply early = api.post(base + "/extended-investigation", Tokens.brigade(), extended(false, town));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.code()).isEqualTo("fire-not-investigated");
        assertThat(api.post(base + "/investigation", Tokens.committee(), investigation()).status()).isEqualTo(403);
        assertThat(api.post(base + "/investigation", Tokens.brigade(), investigation()).status()).isEqualTo(204);
        Reply twice = api.post(base + "/investigation", Tokens.brigade(), investigation());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("investigation-already-recorded");

        assertThat(api.post(base + "/extended-investigation", Tokens.town(town), extended(false, town)).status())
                .isEqualTo(403);
        assertThat(api.post(base + "/extended-investigation", Tokens.committee(), extended(false, town)).status())
                .isEqualTo(204);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode view = api.get(base, Tokens.town(town)).body();
            assertThat(view.get("investigation").get("cause").asText()).isEqualTo("电动自行车室内充电引发");
            assertThat(view.get("extendedInvestigation").get("findings").findValuesAsText("party"))
                    .containsExactly(town, "education");
        });
        assertThat(api.get(base, Tokens.town("xiabao")).status()).isEqualTo(404);

        List<CloudEvent> published = InspectionApi.eventsFor(kafka, InspectionEvents.INCIDENT_TOPIC, incident, 2);
        CloudEvent concluded = published.stream().filter(e -> e.getType()
                .equals("firegov.inspection.incident.extended-investigation-concluded.v1")).findFirst().orElseThrow();
        JsonNode event = json.readTree(concluded.getData().toBytes());
        assertThat(event.get("town").asText()).isEqualTo(town);
        assertThat(event.get("deaths").asInt()).isEqualTo(1);
        assertThat(event.get("findings").findValuesAsText("severity")).containsExactly("SERIOUS", "MINOR");
        assertThat(event.get("findings").findValuesAsText("partyType")).containsExactly("TOWN", "DEPARTMENT");
    }

    @Test
    void an_ordinary_fire_gets_no_extended_investigation_unless_influential_and_bad_input_is_named() {
        String town = InspectionApi.newTown();
        String unit = api.registerVisibleUnit(town, "education", "KEY", List.of("SCHOOL"));
        String incident = fire(unit, 0);
        String base = "/api/inspection/incidents/" + incident;
        assertThat(api.post(base + "/investigation", Tokens.brigade(), investigation()).status()).isEqualTo(204);

        Reply ordinary = api.post(base + "/extended-investigation", Tokens.brigade(), extended(false, town));
        assertThat(ordinary.status()).isEqualTo(422);
        assertThat(ordinary.code()).isEqualTo("not-fatal-or-influential");

        Reply bad = api.post(base + "/extended-investigation", Tokens.brigade(), Map.of("influential", true,
                "summary", "", "findings", List.of(Map.of("partyType", "TOWN", "party", "X", "finding", "f",
                        "severity", "GRAVE"))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().toString()).contains("summary").contains("findings[0].party");
        Reply unknownParty = api.post(base + "/extended-investigation", Tokens.brigade(), Map.of("influential", true,
                "summary", "s", "findings", List.of(Map.of("partyType", "UNIT", "party", "x1", "finding", "f",
                        "severity", "GRAVE"))));
        assertThat(unknownParty.status()).isEqualTo(400);
        assertThat(unknownParty.body().toString()).contains("findings[0].partyType");
        Reply noFindings = api.post(base + "/extended-investigation", Tokens.brigade(), Map.of("influential", true,
                "summary", "s", "findings", List.of()));
        assertThat(noFindings.status()).isEqualTo(400);
        assertThat(noFindings.body().toString()).contains("findings");

        assertThat(api.post(base + "/extended-investigation", Tokens.brigade(), extended(true, town)).status())
                .isEqualTo(204);
        assertThat(api.post("/api/inspection/incidents/no-such-incident/investigation", Tokens.brigade(),
                investigation()).status()).isEqualTo(404);
    }
}
