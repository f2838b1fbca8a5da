package org.firegov.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.firegov.events.infrastructure.MilestoneCompletedV1;
import org.firegov.events.infrastructure.MilestoneOverdueV1;
import org.firegov.events.inspection.IncidentRecordedV1;
import org.firegov.testkit.ApiClient;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.RecordedEvents;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

/** Plan-target monitoring from recorded fires and key-project milestones, now and at the mid-term and final stages. */
@FireGovServiceTest
class PlanTargetsIT {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    ObjectMapper json;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private static JsonNode target(JsonNode targets, String code) {
        for (JsonNode target : targets) {
            if (code.equals(target.get("code").asText())) {
                return target;
            }
        }
        throw new AssertionError("no target " + code + " in " + targets);
    }

    @Test
    void fires_and_milestones_move_the_plans_targets_as_they_stood_on_each_day() {
        String fatal = UUID.randomUUID().toString();
        RecordedEvents.publish(kafka, json, new IncidentRecordedV1(fatal, "bailu", LocalDate.of(2024, 5, 1), "FIRE",
                false, 1, 0, 10_000, false, Instant.now()), fatal);
        RecordedEvents.publish(kafka, json, new MilestoneCompletedV1("t3-4-township-brigades", "xiabao-brigade-built",
                "建成下堡镇专职消防队", LocalDate.of(2023, 12, 31), LocalDate.of(2023, 10, 1), true, 0, Instant.now(),
                null), "t3-4-township-brigades");
        RecordedEvents.publish(kafka, json, new MilestoneOverdueV1("t3-4-township-brigades", "tongcheng-brigade-built",
                "建成通城镇专职消防队", LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1), Instant.now(), null),
                "t3-4-township-brigades");
        RecordedEvents.publish(kafka, json, new MilestoneCompletedV1("t3-3-fenghuang-station", "fenghuang-station-built",
                "建成凤凰消防站", LocalDate.of(2025, 12, 31), LocalDate.of(2025, 6, 30), true, 0, Instant.now(), null),
                "t3-3-fenghuang-station");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode today = api.get("/api/accountability/plan-targets", Tokens.committee()).body();
            JsonNode deaths2024 = target(today, "fire-death-rate-2024");
            assertThat(deaths2024.get("value").asDouble()).as("1 death per (placeholder) 390,000 residents")
                    .isEqualTo(2.56);
            assertThat(deaths2024.get("status").asText()).isEqualTo("MISSED");
            assertThat(json.convertValue(deaths2024.get("objects"), java.util.List.class)).contains(fatal);
            JsonNode brigades = target(today, "township-brigades");
            assertThat(brigades.get("value").asDouble()).isEqualTo(1);
            assertThat(brigades.get("target").asDouble()).isEqualTo(2);
            assertThat(brigades.get("status").asText()).as("2023 is over with one brigade built").isEqualTo("MISSED");
            assertThat(target(today, "fenghuang-station").get("status").asText()).isEqualTo("ACHIEVED");
            assertThat(target(today, "hydrant-coverage").get("status").asText()).isEqualTo("NOT_MEASURED");
        });

        JsonNode midterm = api.get("/api/accountability/plan-targets/report/MIDTERM", Tokens.committee()).body();
        assertThat(midterm.get("asOf").asText()).isEqualTo("2023-12-31");
        assertThat(midterm.get("provisional").asBoolean()).isFalse();
        assertThat(target(midterm.get("targets"), "fenghuang-station").get("status").asText())
                .as("not yet built, not yet due").isEqualTo("ON_TRACK");
        assertThat(target(midterm.get("targets"), "township-brigades").get("value").asDouble()).isEqualTo(1);
        assertThat(midterm.get("targets").findValuesAsText("code")).doesNotContain("fire-death-rate-2024");
        assertThat(target(api.get("/api/accountability/plan-targets?asOf=2024-04-30", Tokens.committee()).body(),
                "fire-death-rate-2024").get("value").asDouble()).as("before the fire").isZero();

        JsonNode last = api.get("/api/accountability/plan-targets/report/FINAL", Tokens.brigade()).body();
        assertThat(last.get("summary").get("ACHIEVED").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(api.get("/api/accountability/plan-targets?asOf=yesterday", Tokens.committee()).status())
                .isEqualTo(400);
        assertThat(api.get("/api/accountability/plan-targets/report/SOMETIME", Tokens.committee()).status())
                .isEqualTo(400);
        assertThat(api.get("/api/accountability/plan-targets", Tokens.unit("91500238MA5U7K3L74")).status())
                .isEqualTo(403);
    }
}
