package org.firegov.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.firegov.e2e.Http.Reply;
import org.firegov.localstack.LocalStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole platform as a user meets it: the local stack (PostgreSQL, Mongo-wire, a real Kafka broker, a real
 * Keycloak, four services, the gateway) on free ports in a fresh data dir; real tokens; every call through the
 * gateway. The steps build on each other, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformEndToEndTest {

    /** The demo unit of the realm: unit1 manages it. */
    static final String DEMO_UNIT = "91500238MA5U7K3L74";
    static final String HEALTH_UNIT = "91500238MA60XB2Q37";

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    static Path dataDir;
    LocalStack stack;
    Http gateway;
    String brigade;
    String committee;

    @BeforeAll
    void startTheWholePlatform() {
        Path projectRoot = Path.of("").toAbsolutePath().getParent();
        stack = LocalStack.builder().projectRoot(projectRoot).dataDir(dataDir).freePorts().build().start();
        gateway = new Http(stack.gatewayUrl());
        brigade = token("brigade1");
        committee = token("committee1");
    }

    @AfterAll
    void stopIt() {
        if (stack != null) {
            stack.close();
        }
    }

    private String token(String user) {
        return Http.token(stack.keycloakIssuerUri(), user);
    }

    private void registerUnit(String code, String town, String department) {
        Reply created = gateway.post("/api/inspection/units", brigade, Map.of("creditCode", code, "name", "单位" + code,
                "address", "巫溪县", "town", town, "department", department, "categories", List.of("SCHOOL"),
                "riskGrade", "KEY"));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
    }

    private String reportHazard(String unit) {
        Reply reported = gateway.post("/api/inspection/hazards", brigade,
                Map.of("unitId", unit, "description", "疏散通道堵塞", "source", "INSPECTION", "major", false));
        assertThat(reported.status()).as(String.valueOf(reported.body())).isEqualTo(201);
        return reported.body().get("hazardId").asText();
    }

    private static long openIn(JsonNode rows, String key) {
        for (JsonNode row : rows) {
            if (key.equals(row.get("key").asText())) {
                return row.get("open").asLong();
            }
        }
        return 0;
    }

    private JsonNode committeeView() {
        Reply view = gateway.get("/api/accountability/open-hazards", committee);
        assertThat(view.status()).as(String.valueOf(view.body())).isEqualTo(200);
        return view.body();
    }

    @Test
    @Order(1)
    void without_a_token_the_gateway_answers_401_problem_details() {
        Reply anonymous = gateway.get("/api/accountability/open-hazards", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(gateway.get("/api/inspection/units", "not-a-jwt").status()).isEqualTo(401);
        assertThat(gateway.get("/actuator/health", null).status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void hazards_reported_by_the_brigade_show_up_in_the_committee_view_within_seconds() {
        registerUnit(DEMO_UNIT, "xiabao", "education");
        registerUnit(HEALTH_UNIT, "tongcheng", "health");
        for (int i = 0; i < 3; i++) {
            reportHazard(DEMO_UNIT);
        }
        reportHazard(HEALTH_UNIT);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            JsonNode view = committeeView();
            assertThat(openIn(view.get("byTown"), "xiabao")).isEqualTo(3);
            assertThat(openIn(view.get("byTown"), "tongcheng")).isEqualTo(1);
            assertThat(openIn(view.get("byDepartment"), "education")).isEqualTo(3);
        });
    }

    @Test
    @Order(3)
    void departments_and_towns_see_only_their_own_share_and_a_unit_manager_is_refused() {
        JsonNode education = gateway.get("/api/accountability/open-hazards", token("edu1")).body();
        assertThat(education.get("byDepartment").findValuesAsText("key")).containsExactly("education");
        assertThat(education.get("open").asLong()).isEqualTo(3);

        JsonNode tongcheng = gateway.get("/api/accountability/open-hazards", token("tongcheng1")).body();
        assertThat(tongcheng.get("byTown").findValuesAsText("key")).containsExactly("tongcheng");
        assertThat(tongcheng.get("open").asLong()).isEqualTo(1);

        String unitManager = token("unit1");
        Reply refused = gateway.get("/api/accountability/open-hazards", unitManager);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        // the unit manager sees its own unit's hazards, and another unit's not at all
        assertThat(gateway.get("/api/inspection/units/" + DEMO_UNIT, unitManager).status()).isEqualTo(200);
        assertThat(gateway.get("/api/inspection/units/" + HEALTH_UNIT, unitManager).status()).isEqualTo(404);
        assertThat(gateway.get("/api/inspection/units/" + HEALTH_UNIT, token("edu1")).status()).isEqualTo(404);
        // a department may not register units
        assertThat(gateway.post("/api/inspection/units", token("health1"), Map.of()).status()).isEqualTo(403);
    }

    @Test
    @Order(4)
    void bad_input_gets_400_problem_details_naming_the_fields_and_harms_nothing() {
        Reply bad = gateway.post("/api/inspection/units", brigade, Map.of("creditCode", "91500238MA5U7K3L75",
                "name", "", "town", "xiabao", "department", "education", "categories", List.of("SCHOOL"),
                "riskGrade", "KEY"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.body().get("errors").findValuesAsText("field")).contains("creditCode", "name");
        assertThat(gateway.post("/api/inspection/hazards", brigade, "{not json").status()).isEqualTo(400);

        Reply unit = gateway.get("/api/inspection/units/" + DEMO_UNIT, brigade);
        assertThat(unit.body().get("town").asText()).isEqualTo("xiabao");
        assertThat(openIn(committeeView().get("byTown"), "xiabao")).isEqualTo(3);
    }

    @Test
    @Order(5)
    void hazards_reported_while_accountability_is_down_are_each_counted_exactly_once_after_it_restarts() {
        long before = openIn(committeeView().get("byTown"), "xiabao");

        stack.stopService("accountability-service");
        assertThat(gateway.get("/api/accountability/open-hazards", committee).status()).isGreaterThanOrEqualTo(500);
        int meanwhile = 7;
        for (int i = 0; i < meanwhile; i++) {
            reportHazard(DEMO_UNIT);
        }
        stack.startService("accountability-service");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(openIn(committeeView().get("byTown"), "xiabao")).isEqualTo(before + meanwhile));
        // and it stays there: nothing is counted twice once the backlog has drained
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(openIn(committeeView().get("byTown"), "xiabao")).isEqualTo(before + meanwhile));
    }
}
