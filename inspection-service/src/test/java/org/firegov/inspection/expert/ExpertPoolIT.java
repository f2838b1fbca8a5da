package org.firegov.inspection.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.firegov.inspection.InspectionApi;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The expert pool over HTTP: registration, conflicts, a reproducible random draw, who may do what. */
@FireGovServiceTest
class ExpertPoolIT {

    @LocalServerPort
    int port;

    @Test
    void experts_are_drawn_at_random_without_conflicts_and_the_draw_re_runs_identically() {
        InspectionApi api = new InspectionApi(port);
        String unit = api.registerUnit("fenghuang", "commerce", "HIGH_RISK", List.of("COMMERCIAL_COMPLEX"));
        String field = "field-" + Long.toHexString(System.nanoTime());
        List<String> experts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Reply registered = api.post("/api/inspection/experts", Tokens.brigade(), Map.of("name", "专家" + i,
                    "field", field, "qualifications", List.of("注册消防工程师", "高级工程师")));
            assertThat(registered.status()).as(String.valueOf(registered.body())).isEqualTo(201);
            experts.add(registered.body().get("expertId").asText());
        }
        String conflicted = experts.get(0);
        assertThat(api.post("/api/inspection/experts/" + conflicted + "/conflicts", Tokens.brigade(),
                Map.of("unitId", unit)).status()).isEqualTo(204);
        assertThat(api.post("/api/inspection/experts/" + experts.get(1) + "/retirement", Tokens.brigade(), Map.of())
                .status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(api.get("/api/inspection/units/" + unit, Tokens.brigade()).status()).isEqualTo(200);
            JsonNode pool = api.get("/api/inspection/experts?active=true&field=" + field, Tokens.committee()).body();
            assertThat(pool.get("items")).hasSize(4);
            assertThat(api.get("/api/inspection/experts/" + conflicted, Tokens.brigade()).body().get("conflicts")
                    .toString()).contains(unit);
        });

        Reply drawn = api.post("/api/inspection/expert-draws", Tokens.brigade(), Map.of("unitId", unit,
                "field", field, "purpose", "MAJOR_HAZARD_EVALUATION", "count", 3));
        assertThat(drawn.status()).as(String.valueOf(drawn.body())).isEqualTo(201);
        JsonNode chosenNode = drawn.body().get("experts");
        assertThat(chosenNode).hasSize(3);
        List<String> chosenIds = new ArrayList<>();
        chosenNode.forEach(id -> chosenIds.add(id.asText()));
        assertThat(chosenIds).doesNotContain(conflicted, experts.get(1)).doesNotHaveDuplicates();

        String drawId = drawn.body().get("drawId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("/api/inspection/expert-draws/" + drawId, Tokens.committee()).status() == 200);
        JsonNode verified = api.post("/api/inspection/expert-draws/" + drawId + "/verify", Tokens.committee(),
                Map.of()).body();
        assertThat(verified.get("matches").asBoolean()).isTrue();
        assertThat(verified.get("poolSize").asInt()).isEqualTo(4);

        // the same seed over the same pool draws the same experts
        long seed = drawn.body().get("seed").asLong();
        Reply again = api.post("/api/inspection/expert-draws", Tokens.brigade(), Map.of("unitId", unit,
                "field", field, "purpose", "EXPERT_INSPECTION", "count", 3, "seed", seed));
        assertThat(again.body().get("experts")).isEqualTo(chosenNode);

        Reply tooMany = api.post("/api/inspection/expert-draws", Tokens.brigade(), Map.of("unitId", unit,
                "field", field, "purpose", "EXPERT_INSPECTION", "count", 4));
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.code()).isEqualTo("not-enough-experts");
    }

    @Test
    void only_the_brigade_keeps_the_pool_and_bad_input_names_the_fields() {
        InspectionApi api = new InspectionApi(port);
        assertThat(api.post("/api/inspection/experts", Tokens.town("xiabao"), Map.of("name", "x", "field",
                "electrical", "qualifications", List.of("高级工程师"))).status()).isEqualTo(403);
        assertThat(api.get("/api/inspection/experts", Tokens.department("education")).status()).isEqualTo(403);
        assertThat(api.get("/api/inspection/experts", null).status()).isEqualTo(401);
        Reply bad = api.post("/api/inspection/experts", Tokens.brigade(), Map.of("name", "", "field", "Electrical!",
                "qualifications", List.of()));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").findValuesAsText("field")).contains("name", "field", "qualifications");
        Reply unknownUnit = api.post("/api/inspection/expert-draws", Tokens.brigade(), Map.of("unitId", "nope",
                "field", "electrical", "purpose", "EXPERT_INSPECTION", "count", 1));
        assertThat(unknownUnit.status()).isEqualTo(422);
        assertThat(api.post("/api/inspection/experts/no-such-expert/retirement", Tokens.brigade(), Map.of())
                .status()).isEqualTo(404);
    }
}
