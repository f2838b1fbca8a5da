package org.firegov.inspection.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.firegov.inspection.InspectionApi;
import org.firegov.inspection.unit.UnitCategory;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Checklist templates: seeded for every category, read by every role, new versions only from the brigade. */
@FireGovServiceTest
class ChecklistIT {

    @LocalServerPort
    int port;
    InspectionApi api;

    @BeforeEach
    void setUp() {
        api = new InspectionApi(port);
    }

    @Test
    void every_unit_category_has_a_seeded_checklist_that_every_role_reads() {
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/inspection/checklists?current=true",
                Tokens.unit("91500238MA5U7K3L74")).body().size() == UnitCategory.values().length);
        for (UnitCategory category : UnitCategory.values()) {
            JsonNode seeded = api.get("/api/inspection/checklists/" + category + "-v1", Tokens.town("xiabao")).body();
            assertThat(seeded.get("items").findValuesAsText("code")).as(category.name())
                    .contains("EXITS", "EQUIPMENT", "ELECTRICAL");
        }
        JsonNode highRise = api.get("/api/inspection/checklists/HIGH_RISE-v1", Tokens.department("housing")).body();
        assertThat(highRise.get("items").findValuesAsText("code")).contains("CONTROL_ROOM", "WATER_SUPPLY");
        assertThat(api.get("/api/inspection/checklists/NOPE-v1", Tokens.brigade()).status()).isEqualTo(404);
    }

    @Test
    void the_brigade_publishes_a_new_version_and_the_old_one_stays_as_it_was() {
        JsonNode before = await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("/api/inspection/checklists?current=true&category=HERITAGE_BUILDING", Tokens.brigade()).body(),
                body -> body.size() == 1).get(0);
        Map<String, Object> next = Map.of("category", "HERITAGE_BUILDING", "title", "文物古建筑检查表（修订）",
                "items", List.of(Map.of("code", "OPEN_FIRE", "text", "香烛用火专人看管")));
        assertThat(api.post("/api/inspection/checklists", Tokens.department("culture-tourism"), next).status())
                .isEqualTo(403);
        Reply published = api.post("/api/inspection/checklists", Tokens.brigade(), next);
        assertThat(published.status()).as(String.valueOf(published.body())).isEqualTo(201);
        int version = before.get("version").asInt() + 1;
        assertThat(published.body().get("templateId").asText()).isEqualTo("HERITAGE_BUILDING-v" + version);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get(
                "/api/inspection/checklists?current=true&category=HERITAGE_BUILDING", Tokens.brigade()).body()
                .get(0).get("version").asInt()).isEqualTo(version));
        assertThat(api.get("/api/inspection/checklists/" + before.get("templateId").asText(), Tokens.brigade()).body()
                .get("items")).isEqualTo(before.get("items"));

        Reply bad = api.post("/api/inspection/checklists", Tokens.brigade(), Map.of("category", "NOPE",
                "title", "", "items", List.of(Map.of("code", "lower case", "text", ""))));
        assertThat(bad.status()).isEqualTo(400);
    }
}
