package org.firegov.training.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.firegov.testkit.ApiClient;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.Tokens;
import org.firegov.training.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Education bases and theme parks (科普教育基地) and their ratio per 10,000 residents. */
@FireGovServiceTest
class BaseIT {

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private static JsonNode town(JsonNode ratio, String town) {
        for (JsonNode line : ratio.get("towns")) {
            if (line.get("town").asText().equals(town)) {
                return line;
            }
        }
        throw new AssertionError("no line for " + town + " in " + ratio);
    }

    @Test
    void an_open_site_counts_per_10000_residents_of_its_town_and_shows_without_login_until_closed() {
        String token = Tokens.town("hongchiba");
        long before = api.get("/api/training/education-bases/ratio", token).body().get("county").get("bases").asLong();
        Reply created = api.post("/api/training/education-bases", token, Map.of("kind", "EDUCATION_BASE",
                "name", "红池坝消防科普教育基地", "town", "hongchiba", "address", "红池坝镇游客中心",
                "openedOn", County.today().minusDays(10).toString()));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        String baseId = created.body().get("baseId").asText();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode ratio = api.get("/api/training/education-bases/ratio", Tokens.committee()).body();
            // 6,000 residents configured for hongchiba: one site is 1.67 per 10,000
            assertThat(town(ratio, "hongchiba").get("perTenThousand").asDouble()).isEqualTo(1.67);
            assertThat(ratio.get("county").get("bases").asLong()).isEqualTo(before + 1);
            assertThat(ratio.get("planBaseline2020").get("value").asDouble()).isEqualTo(2.57);
            assertThat(ratio.get("planBaseline2020").get("wording").asText()).contains("万人消防科普教育基地拥有率仅为2.57%");
        });
        JsonNode visible = api.get("/api/training/public/education-bases?town=hongchiba", null).body();
        assertThat(visible.findValuesAsText("baseId")).contains(baseId);
        assertThat(visible.get(0).has("operatorCode")).isFalse();

        assertThat(api.post("/api/training/education-bases/" + baseId + "/close", Tokens.town("xiabao"),
                Map.of("closedOn", County.today().toString(), "reason", "x")).status()).isEqualTo(404);
        assertThat(api.post("/api/training/education-bases/" + baseId + "/close", token,
                Map.of("closedOn", County.today().toString(), "reason", "改建")).status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get(
                "/api/training/public/education-bases?town=hongchiba", null).body().findValuesAsText("baseId"))
                .doesNotContain(baseId));
        assertThat(api.get("/api/training/education-bases", Tokens.town("xiabao")).body().findValuesAsText("baseId"))
                .doesNotContain(baseId);
    }

    @Test
    void bad_input_names_its_fields_and_units_may_not_register() {
        Reply bad = api.post("/api/training/education-bases", Tokens.brigade(), Map.of("kind", "MUSEUM", "name", ""));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).contains("kind");
        Reply missing = api.post("/api/training/education-bases", Tokens.brigade(), Map.of("name", ""));
        assertThat(missing.errorFields()).contains("kind", "name", "town", "address", "openedOn");
        assertThat(api.post("/api/training/education-bases", Tokens.unit("91500238MA5U7K3L74"), Map.of()).status())
                .isEqualTo(403);
    }
}
