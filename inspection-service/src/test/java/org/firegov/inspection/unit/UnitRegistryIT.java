package org.firegov.inspection.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import org.firegov.events.inspection.InspectionEvents;
import org.firegov.inspection.InspectionApi;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.kit.readmodel.ReadModelReplay;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** The unit registry over HTTP: amendment, closure (注销), search and paging. */
@FireGovServiceTest
class UnitRegistryIT {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    EmbeddedKafkaBroker kafka;
    @Autowired
    ReadModelReplay replay;
    @Autowired
    UnitSeed seed;
    @Autowired
    MongoTemplate mongo;

    InspectionApi api;

    @BeforeEach
    void setUp() {
        api = new InspectionApi(port);
    }

    private static Map<String, Object> particulars(String name, String town, String department, List<String> categories,
                                                   String riskGrade) {
        return Map.of("name", name, "address", "巫溪县", "town", town, "department", department,
                "categories", categories, "riskGrade", riskGrade);
    }

    private String hazardTown(String hazardId) {
        return api.get("/api/inspection/hazards/" + hazardId, Tokens.brigade()).body().path("town").asText();
    }

    @Test
    void an_amended_town_and_department_apply_to_hazards_reported_afterwards_only() {
        String unit = api.registerUnit("xiabao", "education", "KEY", List.of("SCHOOL"));
        String before = api.reportHazard(unit, "INSPECTION", false);

        Reply amended = api.post("/api/inspection/units/" + unit + "/amendment", Tokens.brigade(),
                particulars("通城中学", "tongcheng", "health", List.of("SCHOOL", "HIGH_RISE"), "HIGH_RISK"));
        assertThat(amended.status()).as(String.valueOf(amended.body())).isEqualTo(204);
        String after = api.reportHazard(unit, "INSPECTION", false);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode view = api.get("/api/inspection/units/" + unit, Tokens.brigade()).body();
            assertThat(view.get("name").asText()).isEqualTo("通城中学");
            assertThat(view.get("town").asText()).isEqualTo("tongcheng");
            assertThat(view.get("riskGrade").asText()).isEqualTo("HIGH_RISK");
            assertThat(view.get("insuranceAndYearlyAssessmentRequired").asBoolean()).isTrue();
            assertThat(hazardTown(before)).isEqualTo("xiabao");
            assertThat(hazardTown(after)).isEqualTo("tongcheng");
        });
        assertThat(api.get("/api/inspection/units/" + unit, Tokens.town("xiabao")).status()).isEqualTo(404);
        assertThat(api.get("/api/inspection/units/" + unit, Tokens.town("tongcheng")).status()).isEqualTo(200);

        List<CloudEvent> published = InspectionApi.eventsFor(kafka, InspectionEvents.UNIT_TOPIC, unit, 2);
        assertThat(published).extracting(CloudEvent::getType)
                .containsExactly("firegov.inspection.unit.registered.v1", "firegov.inspection.unit.amended.v1");
    }

    @Test
    void only_the_brigade_amends_units_and_bad_amendments_name_their_fields() {
        String unit = api.registerUnit("dahe", "health", "GENERAL", List.of("HOSPITAL"));
        Map<String, Object> valid = particulars("大河卫生院", "dahe", "health", List.of("HOSPITAL"), "KEY");
        assertThat(api.post("/api/inspection/units/" + unit + "/amendment", Tokens.town("dahe"), valid).status())
                .isEqualTo(403);
        assertThat(api.post("/api/inspection/units/" + unit + "/amendment", Tokens.unit(unit), valid).status())
                .isEqualTo(403);
        Reply bad = api.post("/api/inspection/units/" + unit + "/amendment", Tokens.brigade(),
                Map.of("name", "", "town", "Da He", "department", "health", "categories", List.of(),
                        "riskGrade", "KEY"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").findValuesAsText("field")).contains("name", "town", "categories");
        assertThat(api.post("/api/inspection/units/" + InspectionApi.newCreditCode() + "/amendment", Tokens.brigade(),
                valid).status()).isEqualTo(404);
    }

    @Test
    void a_closed_unit_gets_no_new_hazards_and_cannot_be_closed_or_amended_again() {
        String unit = api.registerUnit("bailu", "culture-tourism", "KEY", List.of("TOURIST_SITE"));
        assertThat(api.post("/api/inspection/units/" + unit + "/closure", Tokens.department("culture-tourism"),
                Map.of("reason", "停业")).status()).isEqualTo(403);
        assertThat(api.post("/api/inspection/units/" + unit + "/closure", Tokens.brigade(), Map.of()).body()
                .get("errors").findValuesAsText("field")).contains("reason");
        assertThat(api.post("/api/inspection/units/" + unit + "/closure", Tokens.brigade(),
                Map.of("reason", "景区停业注销")).status()).isEqualTo(204);

        Reply hazard = api.post("/api/inspection/hazards", Tokens.brigade(),
                Map.of("unitId", unit, "description", "x", "source", "INSPECTION"));
        assertThat(hazard.status()).isEqualTo(422);
        assertThat(hazard.code()).isEqualTo("unit-closed");
        Reply again = api.post("/api/inspection/units/" + unit + "/closure", Tokens.brigade(),
                Map.of("reason", "again"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("unit-already-closed");
        Reply amend = api.post("/api/inspection/units/" + unit + "/amendment", Tokens.brigade(),
                particulars("x", "bailu", "culture-tourism", List.of("TOURIST_SITE"), "KEY"));
        assertThat(amend.status()).isEqualTo(422);
        assertThat(amend.code()).isEqualTo("unit-closed");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(api.get("/api/inspection/units/" + unit,
                Tokens.brigade()).body().get("status").asText()).isEqualTo("CLOSED"));
        List<CloudEvent> published = InspectionApi.eventsFor(kafka, InspectionEvents.UNIT_TOPIC, unit, 2);
        assertThat(published.get(1).getType()).isEqualTo("firegov.inspection.unit.closed.v1");
    }

    @Test
    void units_are_searched_by_name_substring_and_category_within_the_callers_scope_and_paged() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        for (String[] unit : new String[][] {
                {"红池坝" + marker + "农家乐", "hongchiba", "culture-tourism", "FARM_STAY"},
                {"红池坝" + marker + "民宿", "hongchiba", "culture-tourism", "FARM_STAY"},
                {"鱼鳞" + marker + "卫生院", "yulin", "health", "HOSPITAL"}}) {
            Reply created = api.post("/api/inspection/units", Tokens.brigade(), Map.of("creditCode",
                    InspectionApi.newCreditCode(), "name", unit[0], "town", unit[1], "department", unit[2],
                    "categories", List.of(unit[3]), "riskGrade", "GENERAL"));
            assertThat(created.status()).isEqualTo(201);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(api.get(
                "/api/inspection/units?name=" + marker, Tokens.brigade()).body().get("total").asInt()).isEqualTo(3));

        JsonNode farmStays = api.get("/api/inspection/units?name=" + marker + "&category=FARM_STAY",
                Tokens.committee()).body();
        assertThat(farmStays.get("items").findValuesAsText("town")).containsOnly("hongchiba").hasSize(2);
        JsonNode page = api.get("/api/inspection/units?name=" + marker + "&size=2&page=1", Tokens.brigade()).body();
        assertThat(page.get("total").asInt()).isEqualTo(3);
        assertThat(page.get("items")).hasSize(1);
        JsonNode health = api.get("/api/inspection/units?name=" + marker, Tokens.department("health")).body();
        assertThat(health.get("items").findValuesAsText("department")).containsExactly("health");
        assertThat(api.get("/api/inspection/units?name=" + marker + ".*", Tokens.brigade()).body().get("total")
                .asInt()).isZero();
        assertThat(api.get("/api/inspection/units?category=VOLCANO", Tokens.brigade()).status()).isEqualTo(400);
    }

    @Test
    void the_units_read_model_with_amended_and_closed_units_is_rebuilt_identically_by_replay() {
        String unit = api.registerUnit("yulin", "housing", "GENERAL", List.of("HIGH_RISE"));
        api.post("/api/inspection/units/" + unit + "/amendment", Tokens.brigade(),
                particulars("鱼鳞大厦", "yulin", "housing", List.of("HIGH_RISE"), "KEY"));
        api.post("/api/inspection/units/" + unit + "/closure", Tokens.brigade(), Map.of("reason", "拆除"));
        await().atMost(Duration.ofSeconds(10)).until(() -> "CLOSED".equals(
                api.get("/api/inspection/units/" + unit, Tokens.brigade()).body().path("status").asText()));
        List<Map> before = mongo.findAll(Map.class, "units");
        replay.replay("units");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(mongo.findAll(Map.class, "units")).containsExactlyInAnyOrderElementsOf(before));
    }

    @Test
    void demo_units_of_the_plans_kinds_are_seeded_once_through_the_command_path() {
        String complex = UnitSeed.demoCode(0);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode unit = api.get("/api/inspection/units/" + complex, Tokens.brigade()).body();
            assertThat(unit.get("demo").asBoolean()).isTrue();
            assertThat(unit.get("riskGrade").asText()).isEqualTo("HIGH_RISK");
            assertThat(unit.get("town").asText()).isEqualTo("fenghuang");
        });
        assertThat(UnitSeed.demos()).extracting(UnitSeed.Demo::category).contains(UnitCategory.COMMERCIAL_COMPLEX,
                UnitCategory.HIGH_RISE, UnitCategory.FLAMMABLE_EXPLOSIVE);
        seed.run(null);
        assertThat(api.get("/api/inspection/units?name=凤凰商贸城", Tokens.brigade()).body().get("total").asInt())
                .isEqualTo(1);
        assertThat(api.get("/api/inspection/units/" + complex, Tokens.department("education")).status())
                .isEqualTo(404);
    }
}
