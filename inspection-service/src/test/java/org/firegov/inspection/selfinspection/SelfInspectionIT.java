package org.firegov.inspection.selfinspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
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

/** 单位自查 over HTTP: a monthly submission once per unit, hazards for failed items, coverage per town and department. */
@FireGovServiceTest
class SelfInspectionIT {

    static final String MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker kafka;
    @Autowired
    ObjectMapper json;

    InspectionApi api;
    String town;

    @BeforeEach
    void setUp() {
        api = new InspectionApi(port);
        town = InspectionApi.newTown();
    }

    private String unit(String department) {
        return api.registerVisibleUnit(town, department, "GENERAL", List.of("FARM_STAY"));
    }

    /** Every item of the unit's form answered PASS, except {@code failing} (FAIL with a note). */
    private Map<String, Object> form(String unit, String failing) {
        JsonNode form = api.get("/api/inspection/self-inspections/form", Tokens.unit(unit)).body();
        List<Map<String, Object>> answers = new ArrayList<>();
        for (String code : form.get("items").findValuesAsText("code")) {
            answers.add(code.equals(failing) ? Map.of("itemCode", code, "result", "FAIL", "note", "客房未装烟感")
                    : Map.of("itemCode", code, "result", "PASS"));
        }
        return Map.of("period", MONTH, "answers", answers, "commitment", "本单位承诺消防安全自查属实，隐患立查立改",
                "riskDeclaration", "木结构客房，用火用电风险较高");
    }

    @Test
    void a_unit_submits_once_a_month_its_failed_item_becomes_a_self_inspection_hazard_and_the_submission_is_published()
            throws Exception {
        String unit = unit("culture-tourism");
        assertThat(api.get("/api/inspection/self-inspections/form", Tokens.unit(unit)).body().get("templateId")
                .asText()).startsWith("FARM_STAY-v");

        Reply submitted = api.post("/api/inspection/self-inspections", Tokens.unit(unit), form(unit, "SMOKE_ALARM"));
        assertThat(submitted.status()).as(String.valueOf(submitted.body())).isEqualTo(201);
        String submissionId = submitted.body().get("submissionId").asText();
        Reply again = api.post("/api/inspection/self-inspections", Tokens.unit(unit), form(unit, null));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("self-inspection-already-submitted");

        JsonNode hazards = await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/inspection/hazards?unitId="
                + unit, Tokens.unit(unit)).body(), body -> body.get("total").asInt() == 1);
        assertThat(hazards.get("items").get(0).get("source").asText()).isEqualTo("SELF_INSPECTION");
        assertThat(hazards.get("items").get(0).get("description").asText()).contains("客房未装烟感");

        JsonNode view = await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/inspection/self-inspections/"
                + submissionId, Tokens.department("culture-tourism")).body(), body -> body.has("period"));
        assertThat(view.get("failedItems").asInt()).isEqualTo(1);
        assertThat(view.get("commitment").asText()).contains("承诺");
        assertThat(api.get("/api/inspection/self-inspections/" + submissionId, Tokens.department("health")).status())
                .isEqualTo(404);
        assertThat(api.get("/api/inspection/self-inspections/" + submissionId, Tokens.unit(unit("health"))).status())
                .isEqualTo(404);

        List<CloudEvent> published = InspectionApi.eventsFor(kafka, InspectionEvents.SELF_INSPECTION_TOPIC,
                submissionId, 1);
        assertThat(published.get(0).getType()).isEqualTo("firegov.inspection.self-inspection.submitted.v1");
        JsonNode event = json.readTree(published.get(0).getData().toBytes());
        assertThat(event.get("period").asText()).isEqualTo(MONTH);
        assertThat(event.get("failedItems").asInt()).isEqualTo(1);
        assertThat(event.get("town").asText()).isEqualTo(town);
        assertThat(event.get("department").asText()).isEqualTo("culture-tourism");
    }

    @Test
    void coverage_counts_per_town_and_department_within_the_callers_scope() {
        String submitter = unit("culture-tourism");
        String missing = unit("culture-tourism");
        String other = unit("health");
        assertThat(api.post("/api/inspection/self-inspections", Tokens.unit(submitter), form(submitter, null)).status())
                .isEqualTo(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode coverage = api.get("/api/inspection/self-inspections/coverage?period=" + MONTH,
                    Tokens.town(town)).body();
            assertThat(coverage.get("total").get("active").asInt()).isEqualTo(3);
            assertThat(coverage.get("total").get("submitted").asInt()).isEqualTo(1);
            assertThat(coverage.get("perTown")).hasSize(1);
            JsonNode tourism = coverage.get("perDepartment").findParents("key").stream()
                    .filter(row -> row.get("key").asText().equals("culture-tourism")).findFirst().orElseThrow();
            assertThat(tourism.get("rate").asDouble()).isEqualTo(0.5);
            assertThat(tourism.get("missing").toString()).contains(missing).doesNotContain(submitter);
        });
        JsonNode county = api.get("/api/inspection/self-inspections/coverage?period=" + MONTH, Tokens.brigade()).body();
        JsonNode thisTown = county.get("perTown").findParents("key").stream()
                .filter(row -> row.get("key").asText().equals(town)).findFirst().orElseThrow();
        assertThat(thisTown.get("active").asInt()).isEqualTo(3);
        JsonNode health = api.get("/api/inspection/self-inspections/coverage?period=" + MONTH,
                Tokens.department("health")).body();
        assertThat(health.get("perDepartment")).hasSize(1);
        assertThat(health.get("perTown").toString()).contains(town).doesNotContain(submitter);
        assertThat(health.toString()).contains(other);

        assertThat(api.get("/api/inspection/self-inspections/coverage?period=" + MONTH, Tokens.unit(submitter))
                .status()).isEqualTo(403);
        assertThat(api.get("/api/inspection/self-inspections/coverage?period=2026-13", Tokens.brigade()).status())
                .isEqualTo(400);
    }

    @Test
    void bad_submissions_name_their_fields_and_incomplete_ones_their_rule() {
        String unit = unit("culture-tourism");
        Reply bad = api.post("/api/inspection/self-inspections", Tokens.unit(unit),
                Map.of("period", "2026-5", "answers", List.of()));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).contains("period", "answers", "commitment");
        Reply incomplete = api.post("/api/inspection/self-inspections", Tokens.unit(unit), Map.of("period", MONTH,
                "answers", List.of(Map.of("itemCode", "EXITS", "result", "PASS")), "commitment", "承诺"));
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.code()).isEqualTo("items-unanswered");
        assertThat(api.post("/api/inspection/self-inspections", Tokens.brigade(), form(unit, null)).status())
                .isEqualTo(403);
        Reply unregistered = api.post("/api/inspection/self-inspections", Tokens.unit(InspectionApi.newCreditCode()),
                form(unit, null));
        assertThat(unregistered.code()).isEqualTo("unknown-unit");
    }
}
