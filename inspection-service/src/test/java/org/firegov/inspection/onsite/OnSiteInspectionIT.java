package org.firegov.inspection.onsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
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

/** 监督检查 over HTTP: a plan's drawn unit inspected item by item, hazards raised, completed, published, scoped. */
@FireGovServiceTest
class OnSiteInspectionIT {

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

    private String unitInScope(String department) {
        return api.registerVisibleUnit(town, department, "KEY", List.of("SCHOOL"));
    }

    private String start(Map<String, Object> request) {
        Reply started = api.post("/api/inspection/inspections", Tokens.brigade(), request);
        assertThat(started.status()).as(String.valueOf(started.body())).isEqualTo(201);
        return started.body().get("inspectionId").asText();
    }

    private JsonNode view(String inspectionId, String token) {
        return await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("/api/inspection/inspections/" + inspectionId, token).body(), b -> b.has("items"));
    }

    private List<Map<String, Object>> findings(JsonNode view, String failing) {
        List<Map<String, Object>> findings = new ArrayList<>();
        for (JsonNode item : view.get("items")) {
            String code = item.get("code").asText();
            findings.add(Map.of("itemCode", code, "result", code.equals(failing) ? "FAIL" : "PASS",
                    "note", code.equals(failing) ? "二楼安全出口锁闭" : "符合"));
        }
        return findings;
    }

    private JsonNode data(CloudEvent event) throws Exception {
        return json.readTree(event.getData().toBytes());
    }

    @Test
    void a_drawn_unit_is_inspected_by_its_drawn_inspectors_item_by_item_and_the_completion_is_published()
            throws Exception {
        List<String> units = List.of(unitInScope("education"), unitInScope("education"), unitInScope("education"));
        Reply drawn = api.post("/api/inspection/plans", Tokens.brigade(), Map.of("name", "抽查计划",
                "periodFrom", LocalDate.now().minusDays(10).toString(), "periodTo", LocalDate.now().plusDays(10).toString(),
                "towns", List.of(town), "sampleSize", 2, "seed", 11,
                "inspectors", List.of(Map.of("name", "张伟"), Map.of("name", "李娜"), Map.of("name", "王强"))));
        assertThat(drawn.status()).as(String.valueOf(drawn.body())).isEqualTo(201);
        String planId = drawn.body().get("planId").asText();
        JsonNode plan = await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("/api/inspection/plans/" + planId, Tokens.brigade()).body(), b -> b.has("assignments"));
        JsonNode assignment = plan.get("assignments").get(0);
        String unit = assignment.get("unitId").asText();
        String notDrawn = units.stream().filter(u -> !plan.get("assignments").findValuesAsText("unitId").contains(u))
                .findFirst().orElseThrow();

        Reply early = api.post("/api/inspection/inspections", Tokens.brigade(), Map.of("unitId", unit, "planId", planId));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.code()).isEqualTo("plan-not-published");
        assertThat(api.post("/api/inspection/plans/" + planId + "/publish", Tokens.brigade(), null).status())
                .isEqualTo(204);
        Reply other = api.post("/api/inspection/inspections", Tokens.brigade(), Map.of("unitId", notDrawn, "planId", planId));
        assertThat(other.code()).isEqualTo("unit-not-drawn");

        String inspectionId = start(Map.of("unitId", unit, "planId", planId));
        assertThat(api.post("/api/inspection/inspections", Tokens.brigade(), Map.of("unitId", unit, "planId", planId))
                .status()).isEqualTo(409);
        JsonNode view = view(inspectionId, Tokens.brigade());
        assertThat(view.get("inspectors")).isEqualTo(assignment.get("inspectors"));
        assertThat(view.get("templateId").asText()).startsWith("SCHOOL-v");
        assertThat(view.get("items").findValuesAsText("code")).contains("EXITS", "DORMITORY");

        Reply unanswered = api.post("/api/inspection/inspections/" + inspectionId + "/completion", Tokens.brigade(), null);
        assertThat(unanswered.status()).isEqualTo(422);
        assertThat(unanswered.code()).isEqualTo("items-unanswered");
        assertThat(api.post("/api/inspection/inspections/" + inspectionId + "/findings", Tokens.brigade(),
                Map.of("findings", findings(view, "EXITS"))).status()).isEqualTo(204);
        Reply notFailed = api.post("/api/inspection/inspections/" + inspectionId + "/findings/DORMITORY/hazard",
                Tokens.brigade(), Map.of());
        assertThat(notFailed.code()).isEqualTo("item-not-failed");
        Reply raised = api.post("/api/inspection/inspections/" + inspectionId + "/findings/EXITS/hazard",
                Tokens.brigade(), Map.of("major", false));
        assertThat(raised.status()).as(String.valueOf(raised.body())).isEqualTo(201);
        String hazardId = raised.body().get("hazardId").asText();
        assertThat(api.post("/api/inspection/inspections/" + inspectionId + "/findings/EXITS/hazard",
                Tokens.brigade(), Map.of()).code()).isEqualTo("hazard-already-raised");
        assertThat(api.post("/api/inspection/inspections/" + inspectionId + "/completion", Tokens.brigade(), null)
                .status()).isEqualTo(204);

        // the hazard entered the ordinary lifecycle, with source INSPECTION, and the unit sees it
        JsonNode hazard = await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("/api/inspection/hazards/" + hazardId, Tokens.unit(unit)).body(), b -> b.has("source"));
        assertThat(hazard.get("source").asText()).isEqualTo("INSPECTION");
        assertThat(hazard.get("description").asText()).contains("疏散通道");

        List<CloudEvent> completed = InspectionApi.eventsFor(kafka, InspectionEvents.INSPECTION_TOPIC, inspectionId, 1);
        assertThat(completed.get(0).getType()).isEqualTo("firegov.inspection.inspection.completed.v1");
        JsonNode event = data(completed.get(0));
        assertThat(event.get("planId").asText()).isEqualTo(planId);
        assertThat(event.get("passed").asBoolean()).isFalse();
        assertThat(event.get("failedItems").asInt()).isEqualTo(1);
        assertThat(event.get("hazardsRaised").asInt()).isEqualTo(1);
        assertThat(event.get("town").asText()).isEqualTo(town);

        // the public sees unit name, date, result and number of hazards — nothing else
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode results = api.get("/api/inspection/public/inspections?planId=" + planId, null).body();
            assertThat(results.get("total").asInt()).isEqualTo(1);
            JsonNode result = results.get("items").get(0);
            assertThat(result.get("unitName").asText()).startsWith("测试单位");
            assertThat(result.get("result").asText()).isEqualTo("FAILED");
            assertThat(result.get("hazards").asInt()).isEqualTo(1);
            assertThat(result.has("inspectors")).isFalse();
            assertThat(result.has("items")).isFalse();
        });
        Reply closed = api.post("/api/inspection/inspections/" + inspectionId + "/findings", Tokens.brigade(),
                Map.of("findings", List.of(Map.of("itemCode", "LAB", "result", "FAIL"))));
        assertThat(closed.code()).isEqualTo("inspection-completed");
    }

    @Test
    void a_department_a_town_and_a_unit_each_see_only_their_own_inspections_and_only_the_brigade_inspects() {
        String school = unitInScope("education");
        String hospital = unitInScope("health");
        String inspection = start(Map.of("unitId", school, "inspectors", List.of("张伟", "李娜")));
        view(inspection, Tokens.brigade());

        assertThat(api.get("/api/inspection/inspections/" + inspection, Tokens.department("education")).status())
                .isEqualTo(200);
        assertThat(api.get("/api/inspection/inspections/" + inspection, Tokens.department("health")).status())
                .isEqualTo(404);
        assertThat(api.get("/api/inspection/inspections/" + inspection, Tokens.town(town)).status()).isEqualTo(200);
        assertThat(api.get("/api/inspection/inspections/" + inspection, Tokens.town("xiabao")).status()).isEqualTo(404);
        assertThat(api.get("/api/inspection/inspections/" + inspection, Tokens.unit(school)).status()).isEqualTo(200);
        assertThat(api.get("/api/inspection/inspections/" + inspection, Tokens.unit(hospital)).status()).isEqualTo(404);
        assertThat(api.get("/api/inspection/inspections?town=" + town, Tokens.department("health")).body()
                .get("total").asInt()).isZero();
        assertThat(api.get("/api/inspection/inspections?town=" + town, Tokens.committee()).body()
                .get("total").asInt()).isEqualTo(1);

        assertThat(api.post("/api/inspection/inspections", Tokens.unit(school),
                Map.of("unitId", school, "inspectors", List.of("张伟", "李娜"))).status()).isEqualTo(403);
        assertThat(api.post("/api/inspection/inspections/" + inspection + "/completion", Tokens.town(town), null)
                .status()).isEqualTo(403);
    }

    @Test
    void bad_inspections_name_their_fields_and_broken_rules_their_codes() {
        String school = unitInScope("education");
        Reply bad = api.post("/api/inspection/inspections", Tokens.brigade(),
                Map.of("inspectedOn", LocalDate.now().plusDays(3).toString()));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).contains("unitId", "inspectedOn");
        assertThat(api.post("/api/inspection/inspections", Tokens.brigade(), Map.of("unitId", school))
                .errorFields()).containsExactly("inspectors");
        Reply alone = api.post("/api/inspection/inspections", Tokens.brigade(),
                Map.of("unitId", school, "inspectors", List.of("张伟", "张伟")));
        assertThat(alone.status()).isEqualTo(422);
        assertThat(alone.code()).isEqualTo("too-few-inspectors");
        assertThat(api.post("/api/inspection/inspections", Tokens.brigade(),
                Map.of("unitId", "91500238MA5U7K3L74X", "inspectors", List.of("张伟", "李娜"))).code())
                .isEqualTo("unknown-unit");

        String inspection = start(Map.of("unitId", school, "inspectors", List.of("张伟", "李娜")));
        Reply unknownItem = api.post("/api/inspection/inspections/" + inspection + "/findings", Tokens.brigade(),
                Map.of("findings", List.of(Map.of("itemCode", "ROOF", "result", "PASS"))));
        assertThat(unknownItem.status()).isEqualTo(422);
        assertThat(unknownItem.code()).isEqualTo("unknown-item");
        Reply badResult = api.post("/api/inspection/inspections/" + inspection + "/findings", Tokens.brigade(),
                Map.of("findings", List.of(Map.of("itemCode", "EXITS", "result", "MAYBE"))));
        assertThat(badResult.status()).isEqualTo(400);
        assertThat(badResult.errorFields()).containsExactly("findings[0].result");
    }

    @Test
    void a_hazard_refused_by_the_hazard_lifecycle_leaves_no_link_on_the_finding() {
        String school = unitInScope("education");
        String inspection = start(Map.of("unitId", school, "inspectors", List.of("张伟", "李娜")));
        assertThat(api.post("/api/inspection/inspections/" + inspection + "/findings", Tokens.brigade(),
                Map.of("findings", List.of(Map.of("itemCode", "EXITS", "result", "FAIL")))).status()).isEqualTo(204);
        assertThat(api.post("/api/inspection/units/" + school + "/closure", Tokens.brigade(),
                Map.of("reason", "停业")).status()).isEqualTo(204);

        Reply refused = api.post("/api/inspection/inspections/" + inspection + "/findings/EXITS/hazard",
                Tokens.brigade(), Map.of());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("unit-closed");
        // the link was rolled back with the report: asking again meets the same rule, not "already raised"
        assertThat(api.post("/api/inspection/inspections/" + inspection + "/findings/EXITS/hazard",
                Tokens.brigade(), Map.of()).code()).isEqualTo("unit-closed");
        assertThat(view(inspection, Tokens.brigade()).get("items").findValuesAsText("hazardId")).containsOnly("null");
    }
}
