package org.firegov.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.firegov.events.inspection.InspectionEvents;
import org.firegov.kit.readmodel.ReadModelReplay;
import org.firegov.testkit.ApiClient;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.TestIssuer;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

@FireGovServiceTest
class InspectionServiceIT {

    private static final String UNIT = "91500238MA5U7K3L74";
    private static final String OTHER_UNIT = "91500238MA60XB2Q37";

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker kafka;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReadModelReplay replay;
    @Autowired
    ObjectMapper json;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private void registerUnit(String code, String town, String department) {
        Reply created = api.post("/api/inspection/units", Tokens.brigade(), Map.of(
                "creditCode", code, "name", "单位" + code.substring(14), "address", "巫溪县",
                "town", town, "department", department,
                "categories", List.of("SCHOOL"), "riskGrade", "KEY"));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
    }

    private String reportHazard(String unit, String token) {
        Reply reported = api.post("/api/inspection/hazards", token,
                Map.of("unitId", unit, "description", "消防通道堵塞", "source", "INSPECTION", "major", false));
        assertThat(reported.status()).as(String.valueOf(reported.body())).isEqualTo(201);
        return reported.body().get("hazardId").asText();
    }

    @Test
    void a_hazard_reported_by_the_brigade_reaches_kafka_as_a_cloud_event_keyed_by_the_hazard() throws Exception {
        registerUnit(UNIT, "xiabao", "education");
        Reply reported = api.call(HttpMethod.POST, "/api/inspection/hazards", Tokens.brigade(), Map.of("unitId", UNIT,
                "description", "消防通道堵塞", "source", "INSPECTION"), Map.of("X-Correlation-Id", "trace-to-kafka"));
        String hazardId = reported.body().get("hazardId").asText();

        Map<String, Object> props = KafkaTestUtils.consumerProps("probe-" + UUID.randomUUID(), "false", kafka);
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(props,
                new StringDeserializer(), new ByteArrayDeserializer()).createConsumer()) {
            consumer.subscribe(List.of(InspectionEvents.HAZARD_TOPIC));
            ConsumerRecord<String, byte[]> record = await().atMost(Duration.ofSeconds(20)).until(() -> {
                for (ConsumerRecord<String, byte[]> r : KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500))) {
                    if (hazardId.equals(r.key())) {
                        return r;
                    }
                }
                return null;
            }, r -> r != null);
            CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
            assertThat(event.getType()).isEqualTo("firegov.inspection.hazard.reported.v1");
            assertThat(event.getSource()).hasToString("/firegov/inspection");
            assertThat(event.getSubject()).isEqualTo(hazardId);
            assertThat(event.getTime()).isNotNull();
            assertThat(event.getExtension("correlationid")).isEqualTo("trace-to-kafka");
            JsonNode data = json.readTree(event.getData().toBytes());
            assertThat(data.get("unitId").asText()).isEqualTo(UNIT);
            assertThat(data.get("town").asText()).isEqualTo("xiabao");
            assertThat(data.get("department").asText()).isEqualTo("education");
        }
    }

    @Test
    void departments_towns_and_units_see_only_their_own_units_and_hazards() {
        registerUnit(OTHER_UNIT, "tongcheng", "health");
        String hazardId = reportHazard(OTHER_UNIT, Tokens.brigade());
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/inspection/hazards/" + hazardId,
                Tokens.brigade()).status() == 200);

        assertThat(api.get("/api/inspection/hazards/" + hazardId, Tokens.department("health")).status()).isEqualTo(200);
        assertThat(api.get("/api/inspection/hazards/" + hazardId, Tokens.town("tongcheng")).status()).isEqualTo(200);
        assertThat(api.get("/api/inspection/hazards/" + hazardId, Tokens.unit(OTHER_UNIT)).status()).isEqualTo(200);
        assertThat(api.get("/api/inspection/hazards/" + hazardId, Tokens.department("education")).status()).isEqualTo(404);
        assertThat(api.get("/api/inspection/hazards/" + hazardId, Tokens.town("xiabao")).status()).isEqualTo(404);
        assertThat(api.get("/api/inspection/hazards/" + hazardId, Tokens.unit(UNIT)).status()).isEqualTo(404);
        assertThat(api.get("/api/inspection/units/" + OTHER_UNIT, Tokens.department("education")).status()).isEqualTo(404);

        JsonNode educationUnits = api.get("/api/inspection/units", Tokens.department("education")).body();
        assertThat(educationUnits.get("items").findValuesAsText("unitId")).doesNotContain(OTHER_UNIT);
        JsonNode healthHazards = api.get("/api/inspection/hazards?status=OPEN", Tokens.department("health")).body();
        assertThat(healthHazards.get("items").findValuesAsText("department")).containsOnly("health");

        // a town cannot report a hazard at a unit outside its jurisdiction, and learns nothing about it
        Reply foreign = api.post("/api/inspection/hazards", Tokens.town("xiabao"),
                Map.of("unitId", OTHER_UNIT, "description", "x", "source", "GRID_PATROL"));
        assertThat(foreign.status()).isEqualTo(404);
        // a department may not register units, nor close hazards
        assertThat(api.post("/api/inspection/units", Tokens.department("health"), Map.of()).status()).isEqualTo(403);
        assertThat(api.post("/api/inspection/hazards/" + hazardId + "/close", Tokens.department("health"), null).status())
                .isEqualTo(403);
    }

    @Test
    void bad_input_is_answered_with_problem_details_naming_the_fields_and_stores_nothing() {
        Reply bad = api.post("/api/inspection/units", Tokens.brigade(), Map.of(
                "creditCode", "91500238MA5U7K3L75", "name", "", "town", "Xia Bao!",
                "department", "education", "categories", List.of(), "riskGrade", "KEY"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("type").asText()).endsWith("/invalid-input");
        assertThat(bad.body().get("errors").findValuesAsText("field"))
                .contains("creditCode", "name", "town", "categories");
        assertThat(api.get("/api/inspection/units/91500238MA5U7K3L75", Tokens.brigade()).status()).isEqualTo(404);

        Reply badEnum = api.post("/api/inspection/units", Tokens.brigade(), Map.of(
                "creditCode", UNIT, "name", "x", "town", "xiabao", "department", "education",
                "categories", List.of("SCHOOL"), "riskGrade", "EXTREME"));
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.body().get("errors").get(0).get("field").asText()).isEqualTo("riskGrade");
        assertThat(badEnum.body().get("errors").get(0).get("message").asText()).contains("HIGH_RISK");

        Reply notJson = api.call(HttpMethod.POST, "/api/inspection/hazards", Tokens.brigade(), "{oops",
                Map.of("Content-Type", "application/json"));
        assertThat(notJson.status()).isEqualTo(400);

        Reply unknownUnit = api.post("/api/inspection/hazards", Tokens.brigade(),
                Map.of("unitId", "91500238MA6ZZZZZ00", "description", "x", "source", "INSPECTION"));
        assertThat(unknownUnit.status()).isEqualTo(422);
        assertThat(unknownUnit.body().get("code").asText()).isEqualTo("unknown-unit");
    }

    @Test
    void registering_a_unit_twice_is_a_conflict_and_keeps_the_first_registration() {
        String code = "91350100M000100Y43";
        registerUnit(code, "xiabao", "education");
        Reply again = api.post("/api/inspection/units", Tokens.brigade(), Map.of(
                "creditCode", code, "name", "另一个名字", "town", "dahe", "department", "health",
                "categories", List.of("HOSPITAL"), "riskGrade", "GENERAL"));
        assertThat(again.status()).isEqualTo(409);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.get("/api/inspection/units/" + code, Tokens.brigade()).body().get("town").asText())
                        .isEqualTo("xiabao"));
    }

    @Test
    void a_retried_report_with_the_same_idempotency_key_creates_one_hazard() {
        registerUnit("91110000600037341L", "xiabao", "education");
        Map<String, Object> body = Map.of("unitId", "91110000600037341L", "description", "灭火器过期",
                "source", "INSPECTION");
        Reply first = api.call(HttpMethod.POST, "/api/inspection/hazards", Tokens.brigade(), body, Map.of("Idempotency-Key", "k-1"));
        Reply retry = api.call(HttpMethod.POST, "/api/inspection/hazards", Tokens.brigade(), body, Map.of("Idempotency-Key", "k-1"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body().get("hazardId")).isEqualTo(first.body().get("hazardId"));
    }

    @Test
    void requests_without_a_valid_token_get_401_problems() {
        assertThat(api.get("/api/inspection/units", null).status()).isEqualTo(401);
        Reply wrongAudience = api.get("/api/inspection/units",
                TestIssuer.get().token("x", List.of("brigade"), Map.of("aud", "someone-else")));
        assertThat(wrongAudience.status()).isEqualTo(401);
        Reply expired = api.get("/api/inspection/units", TestIssuer.get().token("x", List.of("brigade"),
                Map.of("exp", java.util.Date.from(java.time.Instant.now().minusSeconds(600)))));
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.body().get("status").asInt()).isEqualTo(401);
        assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
        assertThat(api.get("/actuator/env", null).status()).isIn(401, 403, 404);
    }

    @Test
    void closing_a_hazard_twice_is_a_conflict() {
        registerUnit("91500238MA61C9EH71", "xiabao", "education");
        String hazardId = reportHazard("91500238MA61C9EH71", Tokens.brigade());
        assertThat(api.post("/api/inspection/hazards/" + hazardId + "/rectification-order", Tokens.brigade(),
                Map.of("deadline", java.time.Instant.now().plusSeconds(86400).toString())).status()).isEqualTo(204);
        assertThat(api.post("/api/inspection/hazards/" + hazardId + "/rectification", Tokens.unit("91500238MA61C9EH71"),
                Map.of("description", "已整改")).status()).isEqualTo(204);
        assertThat(api.post("/api/inspection/hazards/" + hazardId + "/close", Tokens.brigade(), Map.of("note", "ok"))
                .status()).isEqualTo(204);
        Reply again = api.post("/api/inspection/hazards/" + hazardId + "/close", Tokens.brigade(), Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("code").asText()).isEqualTo("hazard-already-closed");
        assertThat(api.post("/api/inspection/hazards/nope/close", Tokens.brigade(), Map.of()).status()).isEqualTo(404);
    }

    @Test
    void the_hazards_read_model_is_rebuilt_identically_by_replay() {
        registerUnit("91440300MA5EQ8DY14", "dahe", "health");
        reportHazard("91440300MA5EQ8DY14", Tokens.brigade());
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.count(new org.springframework.data.mongodb.core.query.Query(),
                "hazards") > 0);
        List<Map> before = mongo.findAll(Map.class, "hazards");
        replay.replay("hazards");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<Map> after = mongo.findAll(Map.class, "hazards");
            assertThat(after).containsExactlyInAnyOrderElementsOf(before);
        });
    }

    @Test
    void every_event_records_who_issued_the_command_and_the_requests_correlation_id() throws Exception {
        String code = "91110108551385082Q";
        Reply created = api.call(HttpMethod.POST, "/api/inspection/units", Tokens.brigade(), Map.of("creditCode", code,
                "name", "审计单位", "town", "xiabao", "department", "education", "categories", List.of("SCHOOL"),
                "riskGrade", "GENERAL"), Map.of("X-Correlation-Id", "audit-trail-1"));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        byte[] metaData = jdbc.queryForObject(
                "select metadata from domainevententry where aggregateidentifier = ?", byte[].class, code);
        JsonNode meta = json.readTree(metaData);
        assertThat(meta.get("actor").asText()).isEqualTo("brigade1");
        assertThat(meta.get("actorId").asText()).isNotBlank();
        assertThat(meta.get("traceId").asText()).isEqualTo("audit-trail-1");
    }
}
