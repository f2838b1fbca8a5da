package org.firegov.inspection.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.firegov.inspection.InspectionApi;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The inspector pool: seeded demo inspectors, conflicts (回避), and draws that take the pool. */
@FireGovServiceTest
class InspectorPoolIT {

    @LocalServerPort
    int port;

    @Test
    void a_plan_that_names_no_inspectors_draws_from_the_pool_and_respects_declared_conflicts() {
        InspectionApi api = new InspectionApi(port);
        JsonNode seeded = await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("/api/inspection/inspectors", Tokens.committee()).body(), body -> body.size() >= 8);
        assertThat(seeded.findValuesAsText("name")).containsAll(InspectorSeed.DEMO_NAMES);
        assertThat(seeded.findParents("demo").stream().filter(i -> i.get("demo").asBoolean()).count()).isEqualTo(8);

        String town = InspectionApi.newTown();
        String unit = api.registerVisibleUnit(town, "education", "KEY", List.of("SCHOOL"));
        Reply added = api.post("/api/inspection/inspectors", Tokens.brigade(), Map.of("name", "检查员" + town));
        assertThat(added.status()).as(String.valueOf(added.body())).isEqualTo(201);
        String inspectorId = added.body().get("inspectorId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/inspection/inspectors", Tokens.brigade())
                .body().findValuesAsText("inspectorId").contains(inspectorId));
        assertThat(api.post("/api/inspection/inspectors", Tokens.brigade(), Map.of("name", "检查员" + town)).code())
                .isEqualTo("inspector-name-taken");
        assertThat(api.post("/api/inspection/inspectors/" + inspectorId + "/conflicts", Tokens.brigade(),
                Map.of("unitId", unit)).status()).isEqualTo(204);
        assertThat(api.post("/api/inspection/inspectors/" + inspectorId + "/conflicts", Tokens.brigade(),
                Map.of("unitId", unit)).code()).isEqualTo("conflict-already-declared");
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/inspection/inspectors", Tokens.brigade())
                .body().toString().contains(unit));

        Reply drawn = api.post("/api/inspection/plans", Tokens.brigade(), Map.of("name", "用人员库抽取",
                "periodFrom", "2026-07-01", "periodTo", "2026-09-30", "towns", List.of(town), "sampleSize", 1));
        assertThat(drawn.status()).as(String.valueOf(drawn.body())).isEqualTo(201);
        JsonNode plan = await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/inspection/plans/"
                + drawn.body().get("planId").asText(), Tokens.brigade()).body(), body -> body.has("assignments"));
        assertThat(plan.get("inspectors").findValuesAsText("name")).containsAll(InspectorSeed.DEMO_NAMES)
                .contains("检查员" + town);
        JsonNode assignment = plan.get("assignments").get(0);
        assertThat(assignment.get("unitId").asText()).isEqualTo(unit);
        assertThat(assignment.get("inspectors")).hasSize(2);
        assertThat(assignment.get("inspectors").toString()).doesNotContain("检查员" + town);

        assertThat(api.get("/api/inspection/inspectors", Tokens.department("education")).status()).isEqualTo(403);
        assertThat(api.post("/api/inspection/inspectors", Tokens.town("xiabao"), Map.of("name", "x")).status())
                .isEqualTo(403);
        assertThat(api.post("/api/inspection/inspectors", Tokens.brigade(), Map.of("name", " ")).errorFields())
                .containsExactly("name");
    }
}
