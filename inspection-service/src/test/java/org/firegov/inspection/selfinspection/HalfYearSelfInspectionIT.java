package org.firegov.inspection.selfinspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import org.firegov.events.inspection.InspectionEvents;
import org.firegov.inspection.InspectionApi;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** 每半年开展一次消防安全自查: coverage per half year, and the units that missed one recorded once it is over. */
@FireGovServiceTest
class HalfYearSelfInspectionIT {

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker kafka;
    @Autowired
    ObjectMapper json;
    @Autowired
    MissedHalfYearCheck check;

    private Map<String, Object> passingForm(InspectionApi api, String unit) {
        JsonNode form = api.get("/api/inspection/self-inspections/form", Tokens.unit(unit)).body();
        List<Map<String, Object>> answers = new ArrayList<>();
        for (String code : form.get("items").findValuesAsText("code")) {
            answers.add(Map.of("itemCode", code, "result", "PASS"));
        }
        return Map.of("period", SelfInspectionIT.MONTH, "answers", answers, "commitment", "本单位承诺自查属实");
    }

    private static JsonNode row(JsonNode rows, String key) {
        return rows.findParents("key").stream().filter(r -> r.get("key").asText().equals(key)).findFirst()
                .orElseThrow();
    }

    @Test
    void units_that_missed_a_half_year_are_recorded_once_it_is_over_reported_in_scope_and_published_once()
            throws Exception {
        InspectionApi api = new InspectionApi(port);
        String town = InspectionApi.newTown();
        String done = api.registerVisibleUnit(town, "culture-tourism", "GENERAL", List.of("FARM_STAY"));
        String missedTourism = api.registerVisibleUnit(town, "culture-tourism", "GENERAL", List.of("FARM_STAY"));
        String missedHealth = api.registerVisibleUnit(town, "health", "GENERAL", List.of("HOSPITAL"));
        assertThat(api.post("/api/inspection/self-inspections", Tokens.unit(done), passingForm(api, done)).status())
                .isEqualTo(201);
        HalfYear half = HalfYear.of(LocalDate.now(ZoneId.of("Asia/Shanghai")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode coverage = api.get("/api/inspection/self-inspections/coverage?half=" + half, Tokens.town(town))
                    .body();
            assertThat(coverage.get("period").asText()).isEqualTo(half.toString());
            assertThat(coverage.get("total").get("active").asInt()).isEqualTo(3);
            assertThat(coverage.get("total").get("submitted").asInt()).isEqualTo(1);
            assertThat(row(coverage.get("perDepartment"), "health").get("missing").toString()).contains(missedHealth);
        });

        // while the half year runs, nobody has missed it
        assertThat(check.record(half, half.end().minusDays(1))).isZero();
        assertThat(api.get("/api/inspection/self-inspections/missed?half=" + half, Tokens.town(town)).body()
                .get("missed").asInt()).isZero();

        assertThat(check.record(half, half.end())).isGreaterThanOrEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode report = api.get("/api/inspection/self-inspections/missed?half=" + half, Tokens.town(town))
                    .body();
            assertThat(report.get("missed").asInt()).isEqualTo(2);
            assertThat(row(report.get("perDepartment"), "culture-tourism").get("units").toString())
                    .contains(missedTourism).doesNotContain(done);
            assertThat(row(report.get("perTown"), town).get("missed").asInt()).isEqualTo(2);
        });
        JsonNode health = api.get("/api/inspection/self-inspections/missed?half=" + half,
                Tokens.department("health")).body();
        assertThat(health.get("perDepartment")).hasSize(1);
        assertThat(health.toString()).contains(missedHealth).doesNotContain(missedTourism);

        // a second run (or another instance, or after a restart) records and publishes nothing again
        assertThat(check.record(half, half.end().plusDays(1))).isZero();
        InspectionApi.eventsFor(kafka, InspectionEvents.SELF_INSPECTION_TOPIC,
                MissedHalfYear.idOf(missedTourism, half.toString()), 1);
        Thread.sleep(1000);
        List<CloudEvent> published = InspectionApi.eventsFor(kafka, InspectionEvents.SELF_INSPECTION_TOPIC,
                MissedHalfYear.idOf(missedTourism, half.toString()), 1);
        assertThat(published).hasSize(1);
        assertThat(published.get(0).getType()).isEqualTo("firegov.inspection.self-inspection.missed.v1");
        JsonNode event = json.readTree(published.get(0).getData().toBytes());
        assertThat(event.get("unitId").asText()).isEqualTo(missedTourism);
        assertThat(event.get("half").asText()).isEqualTo(half.toString());
        assertThat(event.get("town").asText()).isEqualTo(town);
        assertThat(event.get("department").asText()).isEqualTo("culture-tourism");
        assertThat(InspectionApi.eventsFor(kafka, InspectionEvents.SELF_INSPECTION_TOPIC,
                MissedHalfYear.idOf(done, half.toString()), 0)).isEmpty();
    }

    @Test
    void the_report_and_half_year_coverage_need_a_valid_half_year_and_a_supervising_role() {
        InspectionApi api = new InspectionApi(port);
        assertThat(api.get("/api/inspection/self-inspections/missed?half=2026-H3", Tokens.brigade()).status())
                .isEqualTo(400);
        assertThat(api.get("/api/inspection/self-inspections/coverage?half=2026-1", Tokens.brigade()).status())
                .isEqualTo(400);
        assertThat(api.get("/api/inspection/self-inspections/coverage?half=2026-H1&period=2026-05",
                Tokens.brigade()).status()).isEqualTo(400);
        assertThat(api.get("/api/inspection/self-inspections/missed?half=2026-H1",
                Tokens.unit(InspectionApi.newCreditCode())).status()).isEqualTo(403);
    }
}
