package org.firegov.inspection.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** The hazard lifecycle over HTTP: rectification, verification, history, overdue and listed supervision. */
@FireGovServiceTest
class HazardLifecycleIT {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    EmbeddedKafkaBroker kafka;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OverdueHazardCheck overdueCheck;
    @Autowired
    ReadModelReplay replay;
    @Autowired
    MongoTemplate mongo;

    InspectionApi api;

    @BeforeEach
    void setUp() {
        api = new InspectionApi(port);
    }

    private static String inDays(int days) {
        return Instant.now().plus(Duration.ofDays(days)).toString();
    }

    private Reply order(String hazardId, String token, String deadline) {
        return api.post("/api/inspection/hazards/" + hazardId + "/rectification-order", token,
                Map.of("requirement", "限期清理疏散通道", "deadline", deadline));
    }

    private Reply submit(String hazardId, String unit) {
        return api.post("/api/inspection/hazards/" + hazardId + "/rectification", Tokens.unit(unit),
                Map.of("description", "已清理通道并设置警示标识"));
    }

    @Test
    void a_hazard_is_ordered_rejected_rectified_again_and_closed_with_every_step_in_its_history() throws Exception {
        String unit = api.registerUnit("xiabao", "education", "KEY", List.of("SCHOOL"));
        String hazardId = api.reportHazard(unit, "INSPECTION", false);

        assertThat(order(hazardId, Tokens.brigade(), inDays(14)).status()).isEqualTo(204);
        assertThat(submit(hazardId, unit).status()).isEqualTo(204);
        Reply rejected = api.post("/api/inspection/hazards/" + hazardId + "/verification/reject", Tokens.brigade(),
                Map.of("reason", "通道仍堆放杂物", "deadline", inDays(7)));
        assertThat(rejected.status()).as(String.valueOf(rejected.body())).isEqualTo(204);
        assertThat(submit(hazardId, unit).status()).isEqualTo(204);
        assertThat(api.post("/api/inspection/hazards/" + hazardId + "/verification/pass", Tokens.brigade(),
                Map.of("note", "复查合格")).status()).isEqualTo(204);

        JsonNode history = api.get("/api/inspection/hazards/" + hazardId + "/history", Tokens.unit(unit)).body();
        assertThat(history.findValuesAsText("event")).containsExactly("HazardReported", "RectificationOrdered",
                "RectificationSubmitted", "RectificationRejected", "RectificationSubmitted", "RectificationAccepted",
                "HazardClosed");
        assertThat(history.findValuesAsText("actor")).containsExactly("brigade1", "brigade1", "unit-" + unit,
                "brigade1", "unit-" + unit, "brigade1", "brigade1");
        assertThat(history.get(3).get("from").asText()).isEqualTo("RECTIFICATION_SUBMITTED");
        assertThat(history.get(3).get("to").asText()).isEqualTo("RECTIFICATION_ORDERED");
        assertThat(history.get(6).get("to").asText()).isEqualTo("CLOSED");
        assertThat(history.get(0).get("at").asText()).isNotBlank();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode view = api.get("/api/inspection/hazards/" + hazardId, Tokens.brigade()).body();
            assertThat(view.get("status").asText()).isEqualTo("CLOSED");
            assertThat(view.get("stage").asText()).isEqualTo("CLOSED");
        });
        List<CloudEvent> published = InspectionApi.eventsFor(kafka, InspectionEvents.HAZARD_TOPIC, hazardId, 5);
        assertThat(published).extracting(CloudEvent::getType).containsExactly(
                "firegov.inspection.hazard.reported.v1", "firegov.inspection.hazard.rectification-ordered.v1",
                "firegov.inspection.hazard.rectification-ordered.v1", "firegov.inspection.hazard.rectified.v1",
                "firegov.inspection.hazard.closed.v1");
        JsonNode rectified = readData(published.get(3));
        assertThat(rectified.get("onTime").asBoolean()).isTrue();
        assertThat(rectified.get("town").asText()).isEqualTo("xiabao");
    }

    @Test
    void wrong_steps_are_conflicts_with_a_code_and_bad_input_names_the_fields() {
        String unit = api.registerUnit("xiabao", "education", "KEY", List.of("SCHOOL"));
        String hazardId = api.reportHazard(unit, "INSPECTION", false);

        Reply early = submit(hazardId, unit);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("rectification-not-ordered");
        Reply closeTooEarly = api.post("/api/inspection/hazards/" + hazardId + "/close", Tokens.brigade(), Map.of());
        assertThat(closeTooEarly.status()).isEqualTo(409);
        assertThat(closeTooEarly.code()).isEqualTo("rectification-not-submitted");

        Reply past = order(hazardId, Tokens.brigade(), Instant.now().minusSeconds(60).toString());
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body().get("errors").findValuesAsText("field")).contains("deadline");
        Reply noReason = api.post("/api/inspection/hazards/" + hazardId + "/verification/reject",
                Tokens.brigade(), Map.of("deadline", inDays(3)));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().get("errors").findValuesAsText("field")).contains("reason");

        assertThat(order(hazardId, Tokens.brigade(), inDays(10)).status()).isEqualTo(204);
        Reply twice = order(hazardId, Tokens.brigade(), inDays(10));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("hazard-not-reported");
        assertThat(order("no-such-hazard", Tokens.brigade(), inDays(10)).status()).isEqualTo(404);

        // the old close endpoint is the verification of a submitted rectification
        assertThat(submit(hazardId, unit).status()).isEqualTo(204);
        assertThat(api.post("/api/inspection/hazards/" + hazardId + "/close", Tokens.brigade(), Map.of("note", "ok"))
                .status()).isEqualTo(204);
        Reply again = api.post("/api/inspection/hazards/" + hazardId + "/close", Tokens.brigade(), Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("hazard-already-closed");
    }

    @Test
    void only_the_brigade_the_own_town_for_grid_patrol_hazards_and_the_own_unit_may_act_on_a_hazard() {
        String unit = api.registerUnit("tongcheng", "health", "GENERAL", List.of("HOSPITAL"));
        String inspected = api.reportHazard(unit, "INSPECTION", false);
        String patrolled = api.reportHazard(unit, "GRID_PATROL", false);

        assertThat(order(inspected, Tokens.department("health"), inDays(5)).status()).isEqualTo(403);
        assertThat(order(inspected, Tokens.unit(unit), inDays(5)).status()).isEqualTo(403);
        Reply townOnInspection = order(inspected, Tokens.town("tongcheng"), inDays(5));
        assertThat(townOnInspection.status()).isEqualTo(422);
        assertThat(townOnInspection.code()).isEqualTo("not-the-supervisor");
        assertThat(order(patrolled, Tokens.town("xiabao"), inDays(5)).status()).isEqualTo(404);
        assertThat(order(patrolled, Tokens.town("tongcheng"), inDays(5)).status()).isEqualTo(204);

        assertThat(submit(patrolled, InspectionApi.newCreditCode()).status()).isEqualTo(404);
        assertThat(submit(patrolled, unit).status()).isEqualTo(204);
        assertThat(api.post("/api/inspection/hazards/" + patrolled + "/verification/pass", Tokens.town("tongcheng"),
                Map.of()).status()).isEqualTo(204);

        assertThat(api.get("/api/inspection/hazards/" + patrolled + "/history", Tokens.town("xiabao")).status())
                .isEqualTo(404);
        assertThat(api.get("/api/inspection/hazards/" + patrolled + "/history", Tokens.department("health"))
                .status()).isEqualTo(200);
    }

    @Test
    void a_hazard_past_its_deadline_becomes_overdue_exactly_once_and_is_escalated_to_its_town_and_department()
            throws Exception {
        String unit = api.registerUnit("dahe", "civil-affairs", "KEY", List.of("ELDERLY_CARE"));
        String hazardId = api.reportHazard(unit, "INSPECTION", false);
        assertThat(order(hazardId, Tokens.brigade(), Instant.now().plusSeconds(2).toString()).status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(10)).until(() -> "RECTIFICATION_ORDERED".equals(
                api.get("/api/inspection/hazards/" + hazardId, Tokens.brigade()).body().path("stage").asText()));
        Thread.sleep(2500);

        // the scheduled run may get there first; either way the hazard is marked once
        int marked = overdueCheck.markOverdueHazards(Instant.now()) + overdueCheck.markOverdueHazards(Instant.now());
        assertThat(marked).isLessThanOrEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                api.get("/api/inspection/hazards/" + hazardId, Tokens.brigade()).body().path("overdue").asBoolean());
        assertThat(overdueCheck.markOverdueHazards(Instant.now())).isZero();

        assertThat(jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ? "
                + "and payloadtype like '%HazardOverdue'", Integer.class, hazardId)).isEqualTo(1);
        JsonNode overdueList = api.get("/api/inspection/hazards?overdue=true", Tokens.department("civil-affairs")).body();
        assertThat(overdueList.get("items").findValuesAsText("hazardId")).contains(hazardId);

        List<CloudEvent> published = InspectionApi.eventsFor(kafka, InspectionEvents.HAZARD_TOPIC, hazardId, 3);
        assertThat(published).extracting(CloudEvent::getType).containsExactly(
                "firegov.inspection.hazard.reported.v1", "firegov.inspection.hazard.rectification-ordered.v1",
                "firegov.inspection.hazard.overdue.v1");
        JsonNode overdue = readData(published.get(2));
        assertThat(overdue.get("town").asText()).isEqualTo("dahe");
        assertThat(overdue.get("department").asText()).isEqualTo("civil-affairs");

        JsonNode history = api.get("/api/inspection/hazards/" + hazardId + "/history", Tokens.brigade()).body();
        assertThat(history.get(2).get("event").asText()).isEqualTo("HazardOverdue");
        assertThat(history.get(2).get("actor").asText()).isEqualTo("overdue-check");
    }

    @Test
    void the_committee_lists_a_major_hazard_publicly_and_delists_it_only_after_it_is_verified_closed() {
        String unit = api.registerUnit("fenghuang", "commerce", "HIGH_RISK", List.of("COMMERCIAL_COMPLEX"));
        String major = api.reportHazard(unit, "INSPECTION", true);
        String minor = api.reportHazard(unit, "INSPECTION", false);
        Map<String, String> listing = Map.of("document", "巫消委督〔2026〕3号", "reason", "大型商业综合体自动喷水灭火系统瘫痪");

        assertThat(api.post("/api/inspection/hazards/" + major + "/listing", Tokens.brigade(), listing).status())
                .isEqualTo(403);
        Reply notMajor = api.post("/api/inspection/hazards/" + minor + "/listing", Tokens.committee(), listing);
        assertThat(notMajor.status()).isEqualTo(422);
        assertThat(notMajor.code()).isEqualTo("not-a-major-hazard");
        assertThat(api.post("/api/inspection/hazards/" + major + "/listing", Tokens.committee(), Map.of("reason", "x"))
                .body().get("errors").findValuesAsText("field")).contains("document");
        assertThat(api.post("/api/inspection/hazards/" + major + "/listing", Tokens.committee(), listing).status())
                .isEqualTo(204);
        assertThat(api.post("/api/inspection/hazards/" + major + "/listing", Tokens.committee(), listing).status())
                .isEqualTo(409);

        String unitName = "测试单位" + unit.substring(10);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode publicList = api.get("/api/inspection/public/listed-major-hazards", null).body();
            assertThat(publicList.findValuesAsText("unitName")).contains(unitName);
            JsonNode entry = findByUnitName(publicList, unitName);
            assertThat(entry.get("town").asText()).isEqualTo("fenghuang");
            assertThat(entry.get("listedAt").asText()).isNotBlank();
            assertThat(entry.get("status").asText()).isEqualTo("REPORTED");
            assertThat(entry.has("hazardId")).isFalse();
            assertThat(entry.has("description")).isFalse();
        });

        Reply tooEarly = api.post("/api/inspection/hazards/" + major + "/delisting", Tokens.committee(),
                Map.of("document", "销案通知"));
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.code()).isEqualTo("hazard-not-verified-closed");

        assertThat(order(major, Tokens.brigade(), inDays(30)).status()).isEqualTo(204);
        assertThat(submit(major, unit).status()).isEqualTo(204);
        assertThat(api.post("/api/inspection/hazards/" + major + "/verification/pass", Tokens.brigade(), Map.of())
                .status()).isEqualTo(204);
        assertThat(api.post("/api/inspection/hazards/" + major + "/delisting", Tokens.committee(),
                Map.of("document", "销案通知")).status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(api.get(
                "/api/inspection/public/listed-major-hazards", null).body().findValuesAsText("unitName"))
                .doesNotContain(unitName));

        List<CloudEvent> published = InspectionApi.eventsFor(kafka, InspectionEvents.HAZARD_TOPIC, major, 6);
        assertThat(published).extracting(CloudEvent::getType)
                .contains("firegov.inspection.hazard.listed.v1", "firegov.inspection.hazard.delisted.v1");
    }

    @Test
    void hazards_in_every_stage_are_rebuilt_identically_by_replay() {
        String unit = api.registerUnit("hongchiba", "culture-tourism", "KEY", List.of("FARM_STAY"));
        String ordered = api.reportHazard(unit, "INSPECTION", true);
        String closed = api.reportHazard(unit, "GRID_PATROL", false);
        order(ordered, Tokens.brigade(), inDays(3));
        api.post("/api/inspection/hazards/" + ordered + "/listing", Tokens.committee(),
                Map.of("document", "督办1号", "reason", "重大"));
        order(closed, Tokens.town("hongchiba"), inDays(3));
        submit(closed, unit);
        api.post("/api/inspection/hazards/" + closed + "/verification/pass", Tokens.town("hongchiba"), Map.of());
        await().atMost(Duration.ofSeconds(10)).until(() -> "CLOSED".equals(
                api.get("/api/inspection/hazards/" + closed, Tokens.brigade()).body().path("stage").asText())
                && api.get("/api/inspection/hazards/" + ordered, Tokens.brigade()).body().path("listed").asBoolean());
        List<Map> before = mongo.findAll(Map.class, "hazards");
        replay.replay("hazards");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(mongo.findAll(Map.class, "hazards")).containsExactlyInAnyOrderElementsOf(before));
    }

    private static JsonNode findByUnitName(JsonNode list, String name) {
        for (JsonNode entry : list) {
            if (name.equals(entry.path("unitName").asText())) {
                return entry;
            }
        }
        throw new AssertionError("no entry for " + name);
    }

    private JsonNode readData(CloudEvent event) throws java.io.IOException {
        return json.readTree(event.getData().toBytes());
    }
}
