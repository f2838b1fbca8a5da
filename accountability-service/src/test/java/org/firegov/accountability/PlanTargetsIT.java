package org.firegov.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.firegov.events.infrastructure.EquipmentAcquiredV1;
import org.firegov.events.infrastructure.FirefighterHiredV1;
import org.firegov.events.infrastructure.ForceRegisteredV1;
import org.firegov.events.infrastructure.HydrantRatesChangedV1;
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

        String brigade = UUID.randomUUID().toString();
        RecordedEvents.publish(kafka, json, new ForceRegisteredV1(brigade, "FULL_TIME_BRIGADE", "通城镇专职消防队",
                "tongcheng", null, 20, Instant.parse("2023-11-01T02:00:00Z")), brigade);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode atMidterm = target(api.get("/api/accountability/plan-targets/report/MIDTERM", Tokens.committee())
                    .body().get("targets"), "township-brigades");
            assertThat(atMidterm.get("value").asDouble()).as("the Tongcheng brigade is in the register").isEqualTo(2);
            assertThat(atMidterm.get("status").asText()).isEqualTo("ACHIEVED");
            assertThat(json.convertValue(atMidterm.get("objects"), java.util.List.class)).contains(brigade);
        });
        assertThat(target(api.get("/api/accountability/plan-targets?asOf=2023-10-31", Tokens.committee()).body(),
                "township-brigades").get("value").asDouble()).as("registered only in November").isEqualTo(1);

        JsonNode last = api.get("/api/accountability/plan-targets/report/FINAL", Tokens.brigade()).body();
        assertThat(last.get("summary").get("ACHIEVED").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(api.get("/api/accountability/plan-targets?asOf=yesterday", Tokens.committee()).status())
                .isEqualTo(400);
        assertThat(api.get("/api/accountability/plan-targets/report/SOMETIME", Tokens.committee()).status())
                .isEqualTo(400);
        assertThat(api.get("/api/accountability/plan-targets", Tokens.unit("91500238MA5U7K3L74")).status())
                .isEqualTo(403);
    }

    @Test
    void hydrant_rates_recruits_and_equipment_measure_their_targets_with_the_events_as_evidence() {
        String xiabaoBefore = RecordedEvents.publish(kafka, json, new HydrantRatesChangedV1("xiabao", 10, 9, 9,
                new java.math.BigDecimal("90.0"), new java.math.BigDecimal("100.0"), false, true,
                Instant.parse("2023-06-01T02:00:00Z")), "hydrant-rates:xiabao");
        String xiabao = RecordedEvents.publish(kafka, json, new HydrantRatesChangedV1("xiabao", 10, 10, 9,
                new java.math.BigDecimal("100.0"), new java.math.BigDecimal("90.0"), true, false,
                Instant.parse("2024-06-01T02:00:00Z")), "hydrant-rates:xiabao");
        String tongcheng = RecordedEvents.publish(kafka, json, new HydrantRatesChangedV1("tongcheng", 5, 5, 5,
                new java.math.BigDecimal("100.0"), new java.math.BigDecimal("100.0"), true, true,
                Instant.parse("2023-03-01T02:00:00Z")), "hydrant-rates:tongcheng");
        for (LocalDate hired : List.of(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 4, 1), LocalDate.of(2021, 5, 1),
                LocalDate.of(2022, 3, 1), LocalDate.of(2022, 9, 1))) {
            String staffNo = "R-" + UUID.randomUUID();
            RecordedEvents.publish(kafka, json, new FirefighterHiredV1(staffNo, hired, "xiabao", Instant.now()), staffNo);
        }
        RecordedEvents.publish(kafka, json, new EquipmentAcquiredV1("station-1", "eq-2021", "RESCUE", 6000,
                LocalDate.of(2021, 8, 1), Instant.now()), "station-1");
        RecordedEvents.publish(kafka, json, new EquipmentAcquiredV1("station-1", "eq-2024", "PROTECTIVE", 4500,
                LocalDate.of(2024, 8, 1), Instant.now()), "station-1");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode finalReport = api.get("/api/accountability/plan-targets/report/FINAL", Tokens.committee()).body()
                    .get("targets");
            JsonNode coverage = target(finalReport, "hydrant-coverage");
            assertThat(coverage.get("value").asDouble()).as("15 built of 15 required").isEqualTo(100.0);
            assertThat(coverage.get("status").asText()).isEqualTo("ACHIEVED");
            JsonNode intact = target(finalReport, "hydrant-intact");
            assertThat(intact.get("value").asDouble()).as("14 in service of 15 built").isEqualTo(93.3);
            assertThat(intact.get("status").asText()).isEqualTo("MISSED");
            assertThat(json.convertValue(intact.get("objects"), List.class)).containsExactlyInAnyOrder(xiabao, tongcheng);
            assertThat(intact.get("parts").findValuesAsText("key")).containsExactly("tongcheng", "xiabao");
            assertThat(intact.get("parts").get(1).get("value").asDouble()).isEqualTo(90.0);
            JsonNode recruits = target(finalReport, "recruits");
            assertThat(recruits.get("value").asDouble()).isEqualTo(5);
            assertThat(recruits.get("target").asDouble()).isEqualTo(15);
            assertThat(recruits.get("status").asText()).isEqualTo("MISSED");
            assertThat(recruits.get("parts").get(1).get("value").asDouble()).as("2022").isEqualTo(2);
            JsonNode equipment = target(finalReport, "equipment-sets");
            assertThat(equipment.get("value").asDouble()).isEqualTo(10_500);
            assertThat(equipment.get("status").asText()).isEqualTo("ACHIEVED");
            assertThat(json.convertValue(equipment.get("objects"), List.class)).containsExactly("eq-2021", "eq-2024");
        });

        JsonNode midterm = api.get("/api/accountability/plan-targets/report/MIDTERM", Tokens.committee()).body()
                .get("targets");
        JsonNode coverage = target(midterm, "hydrant-coverage");
        assertThat(coverage.get("value").asDouble()).as("Xiabao's earlier counts: 14 of 15").isEqualTo(93.3);
        assertThat(coverage.get("status").asText()).isEqualTo("AT_RISK");
        assertThat(json.convertValue(coverage.get("objects"), List.class)).containsExactlyInAnyOrder(xiabaoBefore,
                tongcheng);
        assertThat(target(midterm, "hydrant-intact").get("status").asText()).isEqualTo("ON_TRACK");
        assertThat(target(midterm, "recruits").get("status").asText()).as("5 hired by the end of 2022, 6 due")
                .isEqualTo("AT_RISK");
        assertThat(target(midterm, "equipment-sets").get("value").asDouble()).isEqualTo(6000);
        assertThat(target(api.get("/api/accountability/plan-targets?asOf=2022-12-31", Tokens.committee()).body(),
                "hydrant-coverage").get("status").asText()).as("nothing published yet").isEqualTo("NOT_MEASURED");
    }
}
