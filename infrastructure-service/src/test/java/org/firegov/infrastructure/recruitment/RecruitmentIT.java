package org.firegov.infrastructure.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.firegov.infrastructure.InfrastructureIT;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.Test;

@FireGovServiceTest
class RecruitmentIT extends InfrastructureIT {

    private static int hiredIn(JsonNode progress, int year) {
        for (JsonNode row : progress.get("years")) {
            if (row.get("year").asInt() == year) {
                return row.get("hired").asInt();
            }
        }
        throw new AssertionError("no year " + year);
    }

    @Test
    void hires_recorded_by_the_brigade_count_against_the_plans_3_a_year() {
        int before = hiredIn(api.get("/api/infrastructure/recruitment", Tokens.committee()).body(), 2024);
        String staffNo = "WX-" + UUID.randomUUID().toString().substring(0, 8);
        Reply hired = api.post("/api/infrastructure/recruits", Tokens.brigade(),
                Map.of("staffNo", staffNo, "hiredOn", "2024-05-06", "town", "tongcheng"));
        assertThat(hired.status()).as(String.valueOf(hired.body())).isEqualTo(201);
        assertThat(api.post("/api/infrastructure/recruits", Tokens.brigade(),
                Map.of("staffNo", staffNo, "hiredOn", "2024-05-06", "town", "tongcheng")).status())
                .as("the same person twice").isEqualTo(409);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode progress = api.get("/api/infrastructure/recruitment", Tokens.department("emergency")).body();
            assertThat(hiredIn(progress, 2024)).isEqualTo(before + 1);
            assertThat(progress.get("target").asInt()).isEqualTo(15);
        });
        assertThat(api.get("/api/infrastructure/recruits", Tokens.town("tongcheng")).body().findValuesAsText("staffNo"))
                .contains(staffNo);
        assertThat(api.get("/api/infrastructure/recruits", Tokens.town("xiabao")).body().findValuesAsText("staffNo"))
                .doesNotContain(staffNo);
    }

    @Test
    void only_the_brigade_records_hires_and_bad_input_names_its_fields() {
        assertThat(api.post("/api/infrastructure/recruits", Tokens.town("xiabao"),
                Map.of("staffNo", "WX-9", "hiredOn", "2024-01-01", "town", "xiabao")).status()).isEqualTo(403);
        Reply bad = api.post("/api/infrastructure/recruits", Tokens.brigade(),
                Map.of("staffNo", "!", "town", "Xia Bao"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).contains("staffNo", "hiredOn", "town");
        Reply future = api.post("/api/infrastructure/recruits", Tokens.brigade(),
                Map.of("staffNo", "WX-FUTURE", "hiredOn", "2099-01-01", "town", "xiabao"));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.code()).isEqualTo("hired-in-future");
    }
}
