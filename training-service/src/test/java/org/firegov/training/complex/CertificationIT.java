package org.firegov.training.complex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.firegov.testkit.ApiClient;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.Tokens;
import org.firegov.training.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The plan's certification targets: rescue specialists all certified; qualified managers of large complexes. */
@FireGovServiceTest
class CertificationIT {

    static final String MALL = "91500238MA60XB2Q37";

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private void ok(Reply reply) {
        assertThat(reply.status()).as(String.valueOf(reply.body())).isBetween(200, 204);
    }

    @Test
    void a_rescue_specialist_without_a_valid_certificate_counts_against_the_2025_target() {
        String brigade = Tokens.brigade();
        Reply course = api.post("/api/training/courses", brigade, Map.of("title", "水域救援技术资质认证",
                "targetGroup", "RESCUE_SPECIALISTS", "town", "fenghuang", "passMark", 70,
                "certificateValidityMonths", 36));
        ok(course);
        String courseId = course.body().get("courseId").asText();
        String sessionId = api.post("/api/training/courses/" + courseId + "/sessions", brigade, Map.of(
                "date", County.today().minusDays(3).toString(), "hours", 8)).body().get("sessionId").asText();
        String passing = "rs-" + UUID.randomUUID().toString().substring(0, 8);
        String failing = "rs-" + UUID.randomUUID().toString().substring(0, 8);
        for (String trainee : new String[] {passing, failing}) {
            ok(api.post("/api/training/courses/" + courseId + "/enrolments", brigade,
                    Map.of("traineeId", trainee, "name", "队员")));
            ok(api.post("/api/training/courses/" + courseId + "/sessions/" + sessionId + "/attendance", brigade,
                    Map.of("traineeId", trainee)));
        }
        ok(api.post("/api/training/courses/" + courseId + "/exams", brigade, Map.of("traineeId", passing,
                "score", 90, "examDate", County.today().toString())));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode coverage = api.get("/api/training/certification/rescue-specialists", Tokens.committee()).body();
            assertThat(coverage.get("target").asText()).contains("2025");
            assertThat(coverage.get("uncertified").toString()).contains(failing).doesNotContain(passing);
            assertThat(coverage.get("targetMet").asBoolean()).isFalse();
            assertThat(coverage.get("overdue").asBoolean()).isEqualTo(County.today().getYear() > 2025);
        });
        assertThat(api.get("/api/training/certification/rescue-specialists", Tokens.town("fenghuang")).status())
                .isEqualTo(403);
    }

    @Test
    void an_unqualified_manager_of_a_large_complex_is_flagged_for_the_complex_its_town_and_the_brigade() {
        Reply declared = api.put("/api/training/complex-managers/" + MALL, Tokens.unit(MALL), Map.of(
                "unitName", "凤凰商业综合体", "town", "fenghuang", "floorAreaSquareMetres", 62_000,
                "managerName", "张三", "qualification", "NONE"));
        assertThat(declared.status()).as(String.valueOf(declared.body())).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get(
                "/api/training/complex-managers?flagged=true", Tokens.town("fenghuang")).body()
                .findValuesAsText("unitId")).contains(MALL));
        assertThat(api.get("/api/training/complex-managers", Tokens.unit(MALL)).body().findValuesAsText("unitId"))
                .containsExactly(MALL);
        assertThat(api.get("/api/training/complex-managers", Tokens.town("xiabao")).body().findValuesAsText("unitId"))
                .doesNotContain(MALL);
        assertThat(api.put("/api/training/complex-managers/" + MALL, Tokens.unit("91500238MA5U7K3L74"), Map.of(
                "unitName", "x", "town", "fenghuang", "floorAreaSquareMetres", 1, "managerName", "x",
                "qualification", "NONE")).status()).isEqualTo(403);
        Reply bad = api.put("/api/training/complex-managers/" + MALL, Tokens.brigade(), Map.of("unitName", "",
                "floorAreaSquareMetres", 0, "qualification", "ARCHITECT"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).contains("qualification");

        ok(api.put("/api/training/complex-managers/" + MALL, Tokens.town("fenghuang"), Map.of(
                "unitName", "凤凰商业综合体", "town", "fenghuang", "floorAreaSquareMetres", 62_000,
                "managerName", "李四", "qualification", "REGISTERED_FIRE_ENGINEER")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get(
                "/api/training/complex-managers?flagged=true", Tokens.brigade()).body()
                .findValuesAsText("unitId")).doesNotContain(MALL));
    }
}
