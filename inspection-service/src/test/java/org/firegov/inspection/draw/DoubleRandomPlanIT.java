package org.firegov.inspection.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.firegov.events.IntegrationEvents;
import org.firegov.events.accountability.DishonestyRecordedV1;
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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** 双随机、一公开 over HTTP: a plan is drawn from a recorded seed and snapshot, published, and re-run by anyone. */
@FireGovServiceTest
class DoubleRandomPlanIT {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReadModelReplay replay;

    @Autowired
    org.springframework.kafka.core.KafkaTemplate<String, byte[]> kafka;
    @Autowired
    org.springframework.kafka.test.EmbeddedKafkaBroker broker;

    InspectionApi api;
    String town;
    List<String> units;

    @BeforeEach
    void setUp() {
        api = new InspectionApi(port);
        // a town of its own, so the population is exactly the units registered here
        town = "t" + UUID.randomUUID().toString().substring(0, 8);
        units = new ArrayList<>();
        for (String grade : List.of("HIGH_RISK", "HIGH_RISK", "KEY", "GENERAL", "GENERAL")) {
            units.add(api.registerUnit(town, "education", grade, List.of("SCHOOL")));
        }
        units.add(api.registerUnit(town, "education", "GENERAL", List.of("HOSPITAL")));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/inspection/units?town=" + town,
                Tokens.brigade()).body().get("total").asInt() == 6);
    }

    private Map<String, Object> plan(Long seed) {
        Map<String, Object> plan = new HashMap<>(Map.of("name", "2026年第三季度学校双随机抽查",
                "periodFrom", "2026-07-01", "periodTo", "2026-09-30", "categories", List.of("SCHOOL"),
                "towns", List.of(town), "sampleSize", 3,
                "inspectors", List.of(Map.of("name", "张伟", "conflicts", List.of(units.get(0))),
                        Map.of("name", "李娜"), Map.of("name", "王强"), Map.of("name", "刘洋"))));
        if (seed != null) {
            plan.put("seed", seed);
        }
        return plan;
    }

    @Test
    void a_published_draw_re_runs_identically_from_its_seed_and_snapshot_even_after_the_registry_changed()
            throws Exception {
        Reply drawn = api.post("/api/inspection/plans", Tokens.brigade(), plan(null));
        assertThat(drawn.status()).as(String.valueOf(drawn.body())).isEqualTo(201);
        String planId = drawn.body().get("planId").asText();
        assertThat(drawn.body().get("seed").isNumber()).isTrue();

        JsonNode view = await().atMost(Duration.ofSeconds(10)).until(() ->
                api.get("/api/inspection/plans/" + planId, Tokens.committee()).body(), b -> b.has("planId"));
        assertThat(view.get("population").findValuesAsText("unitId"))
                .containsExactlyElementsOf(units.subList(0, 5).stream().sorted().toList());
        assertThat(view.get("assignments")).hasSize(3);
        for (JsonNode assignment : view.get("assignments")) {
            assertThat(assignment.get("inspectors")).hasSize(2);
            if (assignment.get("unitId").asText().equals(units.get(0))) {
                assertThat(assignment.get("inspectors").toString()).doesNotContain("张伟");
            }
        }
        assertThat(view.get("drawnBy").asText()).isEqualTo("brigade1");

        assertThat(api.get("/api/inspection/public/plans/" + planId, null).status()).isEqualTo(404);
        assertThat(api.post("/api/inspection/plans/" + planId + "/publish", Tokens.brigade(), null).status())
                .isEqualTo(204);
        assertThat(api.post("/api/inspection/plans/" + planId + "/publish", Tokens.brigade(), null).status())
                .isEqualTo(409);
        api.registerUnit(town, "education", "HIGH_RISK", List.of("SCHOOL"));

        // accountability learns the drawn units, with town and department from the snapshot, and the plan's year
        List<io.cloudevents.CloudEvent> announced = InspectionApi.eventsFor(broker,
                org.firegov.events.inspection.InspectionEvents.PLAN_TOPIC, planId, 1);
        assertThat(announced).extracting(io.cloudevents.CloudEvent::getType)
                .containsExactly("firegov.inspection.plan.published.v1");
        JsonNode planPublished = json.readTree(announced.get(0).getData().toBytes());
        assertThat(planPublished.get("year").asInt()).isEqualTo(2026);
        assertThat(planPublished.get("drawn").findValuesAsText("unitId"))
                .containsExactlyElementsOf(view.get("assignments").findValuesAsText("unitId"));
        assertThat(planPublished.get("drawn").findValuesAsText("town")).containsOnly(town);
        assertThat(planPublished.get("drawn").findValuesAsText("department")).containsOnly("education");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Reply published = api.get("/api/inspection/public/plans/" + planId, null);
            assertThat(published.status()).isEqualTo(200);
            assertThat(published.body().get("assignments")).isEqualTo(view.get("assignments"));
        });
        Reply verified = api.post("/api/inspection/public/plans/" + planId + "/verify", null, null);
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.body().get("matches").asBoolean()).isTrue();
        assertThat(verified.body().get("populationSize").asInt()).isEqualTo(5);
        assertThat(api.post("/api/inspection/plans/" + planId + "/verify", Tokens.committee(), null).body()
                .get("matches").asBoolean()).isTrue();


        // the plan's read model, snapshot and all, is rebuilt identically by replay
        Query thisPlan = Query.query(Criteria.where("_id").is(planId));
        Map before = mongo.findOne(thisPlan, Map.class, PlanView.COLLECTION);
        replay.replay("inspection-plans");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(mongo.findOne(thisPlan, Map.class, PlanView.COLLECTION)).isEqualTo(before));
    }

    @Test
    void a_unit_on_accountabilitys_dishonesty_list_is_marked_in_the_snapshot_and_the_draw_still_verifies()
            throws Exception {
        String dishonest = units.get(3);
        String recordId = UUID.randomUUID().toString();
        DishonestyRecordedV1 recorded = new DishonestyRecordedV1(recordId, dishonest, "失信单位", town, "education",
                "VIOLATION", "拒不改正", java.time.LocalDate.now().minusDays(1), java.time.LocalDate.now().plusYears(1));
        kafka.send(KafkaMessageFactory.createWriter(IntegrationEvents.topicOf(DishonestyRecordedV1.class), recordId)
                .writeBinary(CloudEventBuilder.v1().withId(UUID.randomUUID().toString())
                        .withSource(java.net.URI.create("/firegov/accountability"))
                        .withType(IntegrationEvents.typeOf(DishonestyRecordedV1.class)).withSubject(recordId)
                        .withDataContentType("application/json").withData(json.writeValueAsBytes(recorded))
                        .build())).get();
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.exists(
                Query.query(Criteria.where("unitId").is(dishonest).and("active").is(true)), "dishonesty_records"));

        Reply drawn = api.post("/api/inspection/plans", Tokens.brigade(), plan(7L));
        assertThat(drawn.status()).as(String.valueOf(drawn.body())).isEqualTo(201);
        String planId = drawn.body().get("planId").asText();
        JsonNode view = await().atMost(Duration.ofSeconds(10)).until(() ->
                api.get("/api/inspection/plans/" + planId, Tokens.committee()).body(), b -> b.has("planId"));
        for (JsonNode unit : view.get("population")) {
            assertThat(unit.get("dishonest").asBoolean()).as(unit.get("unitId").asText())
                    .isEqualTo(unit.get("unitId").asText().equals(dishonest));
        }
        assertThat(api.post("/api/inspection/plans/" + planId + "/verify", Tokens.committee(), null).body()
                .get("matches").asBoolean()).isTrue();
    }

    @Test
    void a_tampered_record_no_longer_verifies() {
        Reply drawn = api.post("/api/inspection/plans", Tokens.brigade(), plan(7L));
        String planId = drawn.body().get("planId").asText();
        await().atMost(Duration.ofSeconds(10)).until(() ->
                api.get("/api/inspection/plans/" + planId, Tokens.brigade()).status() == 200);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(planId)), Update.update("seed", 8L), PlanView.COLLECTION);
        JsonNode verification = api.post("/api/inspection/plans/" + planId + "/verify", Tokens.brigade(), null).body();
        assertThat(verification.get("matches").asBoolean()).isFalse();
    }

    @Test
    void only_the_brigade_draws_plans_bad_plans_name_their_fields_and_impossible_draws_are_refused() {
        assertThat(api.post("/api/inspection/plans", Tokens.department("education"), plan(1L)).status())
                .isEqualTo(403);
        assertThat(api.get("/api/inspection/plans/x", Tokens.town(town)).status()).isEqualTo(403);

        Reply bad = api.post("/api/inspection/plans", Tokens.brigade(), Map.of("name", "", "sampleSize", 0,
                "inspectors", List.of(), "towns", List.of("Bad Town")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").findValuesAsText("field"))
                .contains("name", "periodFrom", "periodTo", "sampleSize", "inspectors");

        Map<String, Object> tooBig = plan(1L);
        tooBig.put("sampleSize", 6);
        Reply refused = api.post("/api/inspection/plans", Tokens.brigade(), tooBig);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("sample-size-out-of-range");

        Map<String, Object> fewInspectors = plan(1L);
        fewInspectors.put("inspectors", List.of(Map.of("name", "李娜"), Map.of("name", "张伟",
                "conflicts", units.subList(0, 5))));
        Reply conflicted = api.post("/api/inspection/plans", Tokens.brigade(), fewInspectors);
        assertThat(conflicted.status()).isEqualTo(422);
        assertThat(conflicted.code()).isEqualTo("not-enough-inspectors");
    }
}
