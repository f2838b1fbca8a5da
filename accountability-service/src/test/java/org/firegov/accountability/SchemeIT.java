package org.firegov.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.firegov.testkit.ApiClient;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Annual assessment schemes (年度消防工作考核方案) through the service's API. */
@FireGovServiceTest
class SchemeIT {

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private Reply put(String path, Object body) {
        return api.put(path, Tokens.committee(), body);
    }

    private static Map<String, Object> indicator(String name, double weight, String metric, Map<String, Object> rule) {
        return metric == null ? Map.of("name", name, "weight", weight, "rule", rule)
                : Map.of("name", name, "weight", weight, "metric", metric, "rule", rule);
    }

    private JsonNode awaitScheme(String schemeId, String status, int indicators) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode scheme = api.get("/api/accountability/schemes/" + schemeId, Tokens.committee()).body();
            assertThat(scheme.get("status").asText()).isEqualTo(status);
            assertThat(scheme.get("indicators")).hasSize(indicators);
        });
        return api.get("/api/accountability/schemes/" + schemeId, Tokens.committee()).body();
    }

    @Test
    void the_committee_drafts_edits_and_locks_a_scheme_and_a_change_needs_a_new_version() {
        Reply drafted = api.post("/api/accountability/schemes", Tokens.committee(), Map.of("year", 2031));
        assertThat(drafted.status()).isEqualTo(201);
        String v1 = drafted.body().get("schemeId").asText();
        assertThat(v1).isEqualTo("2031-v1");
        assertThat(api.post("/api/accountability/schemes", Tokens.committee(), Map.of("year", 2031)).status())
                .as("one draft at a time").isEqualTo(409);

        assertThat(put("/api/accountability/schemes/2031-v1/indicators/hazards-on-time", indicator("隐患按期整改率", 70,
                "HAZARDS_RECTIFIED_ON_TIME_RATE", Map.of("type", "LINEAR", "lower", 60, "upper", 100))).status())
                .isEqualTo(204);
        Reply notYet = api.post("/api/accountability/schemes/2031-v1/lock", Tokens.committee(), null);
        assertThat(notYet.status()).isEqualTo(422);
        assertThat(notYet.body().get("code").asText()).isEqualTo("weights-not-100");
        assertThat(put("/api/accountability/schemes/2031-v1/indicators/dual-regular", indicator("双定期", 30, null,
                Map.of("type", "MANUAL"))).status()).isEqualTo(204);
        assertThat(put("/api/accountability/schemes/2031-v1/grade-bands",
                Map.of("excellent", 92, "good", 80, "pass", 65)).status()).isEqualTo(204);
        assertThat(api.post("/api/accountability/schemes/2031-v1/lock", Tokens.committee(), null).status()).isEqualTo(204);

        JsonNode locked = awaitScheme("2031-v1", "LOCKED", 2);
        assertThat(locked.get("totalWeight").asDouble()).isEqualTo(100);
        assertThat(locked.get("gradeBands").get("excellent").asDouble()).isEqualTo(92);
        assertThat(locked.get("lockedBy").asText()).isEqualTo("committee1");

        Reply tooLate = put("/api/accountability/schemes/2031-v1/indicators/dual-regular", indicator("双定期", 30, null,
                Map.of("type", "MANUAL")));
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.body().get("code").asText()).isEqualTo("scheme-locked");

        Reply v2 = api.post("/api/accountability/schemes", Tokens.committee(), Map.of("year", 2031));
        assertThat(v2.body().get("schemeId").asText()).isEqualTo("2031-v2");
        JsonNode draft2 = awaitScheme("2031-v2", "DRAFT", 2);
        assertThat(draft2.get("gradeBands").get("excellent").asDouble()).as("copied from v1").isEqualTo(92);
        assertThat(api.get("/api/accountability/schemes/in-force?year=2031", Tokens.department("education")).body()
                .get("schemeId").asText()).as("v1 stays in force until v2 is locked").isEqualTo("2031-v1");
    }

    @Test
    void parties_may_read_schemes_but_only_the_committee_changes_them() {
        api.post("/api/accountability/schemes", Tokens.committee(), Map.of("year", 2032));
        assertThat(api.get("/api/accountability/schemes?year=2032", Tokens.town("xiabao")).status()).isEqualTo(200);
        assertThat(api.post("/api/accountability/schemes", Tokens.department("education"), Map.of("year", 2033))
                .status()).isEqualTo(403);
        assertThat(api.put("/api/accountability/schemes/2032-v1/indicators/x", Tokens.brigade(), Map.of()).status())
                .isEqualTo(403);
        assertThat(api.get("/api/accountability/schemes", Tokens.unit("91500238MA5U7K3L74")).status()).isEqualTo(403);
    }

    @Test
    void bad_indicators_get_field_errors_or_rule_codes_and_change_nothing() {
        api.post("/api/accountability/schemes", Tokens.committee(), Map.of("year", 2034));
        Reply fields = put("/api/accountability/schemes/2034-v1/indicators/campaigns",
                Map.of("name", "", "weight", 0, "rule", Map.of()));
        assertThat(fields.status()).isEqualTo(400);
        assertThat(fields.errorFields()).contains("name", "weight", "rule.type");
        Reply rule = put("/api/accountability/schemes/2034-v1/indicators/campaigns", indicator("宣传", 10,
                "CAMPAIGNS_HELD_RATE", Map.of("type", "LINEAR", "lower", 50)));
        assertThat(rule.status()).isEqualTo(422);
        assertThat(rule.body().get("code").asText()).isEqualTo("invalid-rule");
        Reply code = put("/api/accountability/schemes/2034-v1/indicators/Not_A_Code", indicator("x", 10,
                "FIRES", Map.of("type", "DEDUCTION", "per", 1)));
        assertThat(code.status()).isEqualTo(400);
        assertThat(api.post("/api/accountability/schemes", Tokens.committee(), Map.of("year", 1999)).errorFields())
                .contains("year");
        assertThat(awaitScheme("2034-v1", "DRAFT", 0).get("totalWeight").asDouble()).isZero();
    }

    @Test
    void an_example_scheme_is_in_force_for_the_current_year_from_the_first_start() {
        int year = LocalDate.now().getYear();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Reply inForce = api.get("/api/accountability/schemes/in-force?year=" + year, Tokens.committee());
            assertThat(inForce.status()).isEqualTo(200);
            assertThat(inForce.body().get("totalWeight").asDouble()).isEqualTo(100);
            assertThat(inForce.body().get("majorFireVeto").asBoolean()).isTrue();
        });
    }
}
