package org.firegov.inspection.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
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

/** Incidents over HTTP: recording, scoping, the plan's history in the statistics, events for accountability. */
@FireGovServiceTest
class IncidentIT {

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

    private static JsonNode year(JsonNode figures, int year) {
        for (JsonNode entry : figures) {
            if (entry.get("key").asText().equals(String.valueOf(year))) {
                return entry;
            }
        }
        throw new AssertionError("no figures for " + year + " in " + figures);
    }

    @Test
    void the_plans_2016_to_2020_figures_are_history_in_the_public_statistics() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode figures = api.get("/api/inspection/public/incident-statistics?from=2016&to=2020", null).body();
            assertThat(figures).hasSize(5);
            int fires = 0;
            int deaths = 0;
            int injuries = 0;
            long loss = 0;
            for (JsonNode year : figures) {
                fires += year.get("fires").asInt();
                deaths += year.get("deaths").asInt();
                injuries += year.get("injuries").asInt();
                loss += year.get("directLossYuan").asLong();
            }
            // 表1 合计: 788 fires, 4 deaths, 6 injuries, 317.0 万元
            assertThat(List.of(fires, deaths, injuries)).containsExactly(788, 4, 6);
            assertThat(loss).isEqualTo(3_170_000);
            JsonNode y2016 = year(figures, 2016);
            assertThat(y2016.get("fires").asInt()).isEqualTo(76);
            assertThat(y2016.get("directLossYuan").asLong()).isEqualTo(854_000);
            assertThat(y2016.get("alarms").asInt()).isEqualTo(299);
            assertThat(y2016.get("byKind").get("SOCIAL_ASSISTANCE").asInt()).isEqualTo(73);
            assertThat(y2016.get("historical").asBoolean()).isTrue();
        });
        // the history belongs to the county as a whole: a town does not see it as its own
        JsonNode town = api.get("/api/inspection/incidents/statistics?from=2016&to=2020", Tokens.town("xiabao"))
                .body();
        assertThat(town.get("byYear")).isEmpty();
    }

    @Test
    void the_brigade_records_a_major_fire_in_a_town_which_only_that_town_and_the_county_see() throws Exception {
        String unit = api.registerUnit("tongcheng", "health", "KEY", List.of("HOSPITAL"));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("/api/inspection/units/" + unit, Tokens.brigade()).status() == 200);
        LocalDate day = LocalDate.now().minusDays(1);
        Reply recorded = api.post("/api/inspection/incidents", Tokens.brigade(), Map.of("unitId", unit,
                "occurredOn", day.toString(), "kind", "FIRE", "cause", "电气线路短路", "major", true,
                "deaths", 1, "injuries", 3, "directLossYuan", 1_200_000));
        assertThat(recorded.status()).as(String.valueOf(recorded.body())).isEqualTo(201);
        String incidentId = recorded.body().get("incidentId").asText();

        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("/api/inspection/incidents/" + incidentId, Tokens.town("tongcheng")).status() == 200);
        JsonNode incident = api.get("/api/inspection/incidents/" + incidentId, Tokens.department("health")).body();
        assertThat(incident.get("town").asText()).isEqualTo("tongcheng");
        assertThat(api.get("/api/inspection/incidents/" + incidentId, Tokens.town("xiabao")).status()).isEqualTo(404);
        assertThat(api.get("/api/inspection/incidents/" + incidentId, Tokens.department("education")).status())
                .isEqualTo(404);
        assertThat(api.get("/api/inspection/incidents/" + incidentId, Tokens.unit(unit)).status()).isEqualTo(200);

        JsonNode mine = api.get("/api/inspection/incidents/statistics", Tokens.town("tongcheng")).body();
        assertThat(year(mine.get("byYear"), day.getYear()).get("majorFires").asInt()).isPositive();
        assertThat(mine.get("byTown").findValuesAsText("key")).containsOnly("tongcheng");
        JsonNode county = api.get("/api/inspection/incidents/statistics", Tokens.committee()).body();
        assertThat(county.get("byTown").findValuesAsText("key")).contains("tongcheng").doesNotContain("county");

        List<CloudEvent> published = InspectionApi.eventsFor(kafka, InspectionEvents.INCIDENT_TOPIC, incidentId, 1);
        JsonNode data = json.readTree(published.get(0).getData().toBytes());
        assertThat(published.get(0).getType()).isEqualTo("firegov.inspection.incident.recorded.v1");
        assertThat(data.get("major").asBoolean()).isTrue();
        assertThat(data.get("town").asText()).isEqualTo("tongcheng");
        assertThat(data.get("historical").asBoolean()).isFalse();
        assertThat(data.get("directLossYuan").asLong()).isEqualTo(1_200_000);
    }

    @Test
    void bad_input_is_named_field_by_field_and_rules_are_explained() {
        Map<String, Object> bad = new HashMap<>(Map.of("town", "Xiabao!", "occurredOn", "2999-01-01",
                "deaths", -1));
        Reply reply = api.post("/api/inspection/incidents", Tokens.brigade(), bad);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("errors").findValuesAsText("field"))
                .contains("town", "occurredOn", "kind", "deaths");

        Reply rescueMajor = api.post("/api/inspection/incidents", Tokens.brigade(), Map.of("town", "dahe",
                "occurredOn", "2026-01-02", "kind", "RESCUE", "major", true));
        assertThat(rescueMajor.status()).isEqualTo(422);
        assertThat(rescueMajor.code()).isEqualTo("major-only-for-fires");
        Reply noTown = api.post("/api/inspection/incidents", Tokens.brigade(), Map.of("occurredOn", "2026-01-02",
                "kind", "RESCUE"));
        assertThat(noTown.status()).isEqualTo(400);
        assertThat(api.post("/api/inspection/incidents", Tokens.town("dahe"), Map.of("town", "dahe",
                "occurredOn", "2026-01-02", "kind", "FIRE")).status()).isEqualTo(403);
    }
}
