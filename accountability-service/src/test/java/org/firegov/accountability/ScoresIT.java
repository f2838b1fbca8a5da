package org.firegov.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.firegov.events.IntegrationEvent;
import org.firegov.events.inspection.HazardReportedV1;
import org.firegov.kit.readmodel.ReadModelReplay;
import org.firegov.testkit.ApiClient;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.RecordedEvents;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

/** The committee's live scores under the scheme in force, fed by recorded inspection events. */
@FireGovServiceTest
class ScoresIT {

    static final int YEAR = ScoreReader.YEAR;

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    ObjectMapper json;
    @Autowired
    ReadModelReplay replay;
    ApiClient api;
    ScoreReader scores;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        scores = new ScoreReader(api);
    }

    private String majorHazardIn(String town) {
        String hazardId = UUID.randomUUID().toString();
        send(new HazardReportedV1(hazardId, "91500238MA5U7K3L74", town, "education", "INSPECTION", true, Instant.now()),
                hazardId);
        return hazardId;
    }

    private void send(IntegrationEvent event, String subject) {
        RecordedEvents.publish(kafka, json, event, subject);
    }

    private JsonNode department(String code) {
        return scores.department(code);
    }

    private JsonNode town(String code) {
        return scores.town(code);
    }

    private static JsonNode indicator(JsonNode score, String code) {
        return ScoreReader.indicator(score, code);
    }

    @Test
    void a_major_hazard_costs_its_town_points_traceable_to_the_hazard() {
        String first = majorHazardIn("yulin");
        String second = majorHazardIn("yulin");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode major = indicator(town("yulin"), "major-hazards");
            assertThat(major.get("evidence").get("objects").findValuesAsText("")).isEmpty();
            List<String> objects = json.convertValue(major.get("evidence").get("objects"), List.class);
            assertThat(objects).contains(first, second);
            assertThat(major.get("points").asDouble())
                    .as("5 points off per open major hazard, at most 10").isEqualTo(Math.max(0, 10 - 5.0 * objects.size()));
        });
        JsonNode yulin = town("yulin");
        double sum = 0;
        for (JsonNode indicator : yulin.get("indicators")) {
            sum += indicator.get("points").asDouble();
        }
        assertThat(yulin.get("total").asDouble()).as("the total is the sum of its points").isEqualTo(sum);
    }

    @Test
    void the_ranked_view_orders_towns_and_departments_separately_and_is_scoped() {
        JsonNode all = api.get("/api/accountability/scores?year=" + YEAR, Tokens.committee()).body();
        assertThat(all.findValuesAsText("kind")).contains("TOWN", "DEPARTMENT");
        double previous = Double.MAX_VALUE;
        int rank = 0;
        for (JsonNode score : all) {
            if ("TOWN".equals(score.get("party").get("kind").asText())) {
                assertThat(score.get("rank").asInt()).isEqualTo(++rank);
                assertThat(score.get("total").asDouble()).isLessThanOrEqualTo(previous);
                previous = score.get("total").asDouble();
                assertThat(score.get("grade").asText()).isIn("EXCELLENT", "GOOD", "PASS", "FAIL");
            }
        }
        JsonNode education = api.get("/api/accountability/scores?year=" + YEAR, Tokens.department("education")).body();
        assertThat(education).hasSize(1);
        assertThat(education.get(0).get("party").get("code").asText()).isEqualTo("education");
        int committeesRank = 0;
        for (JsonNode score : all) {
            if ("education".equals(score.get("party").get("code").asText())) {
                committeesRank = score.get("rank").asInt();
            }
        }
        assertThat(education.get(0).get("rank").asInt()).as("ranked among all departments, not only visible ones")
                .isEqualTo(committeesRank);
        assertThat(api.get("/api/accountability/scores/DEPARTMENT/education?year=" + YEAR,
                Tokens.department("education")).body().get("rank").asInt()).isEqualTo(committeesRank);
        assertThat(api.get("/api/accountability/scores/TOWN/xiabao?year=" + YEAR, Tokens.department("education"))
                .status()).isEqualTo(404);
        assertThat(api.get("/api/accountability/scores?year=1990", Tokens.committee()).status()).isEqualTo(404);
    }

    @Test
    void the_committee_scores_manual_indicators_with_a_reason_and_an_author() {
        Reply given = api.put("/api/accountability/scores/TOWN/bailu/manual/dual-regular?year=" + YEAR,
                Tokens.committee(), Map.of("points", 8, "reason", "半年研究一次，报告齐全"));
        assertThat(given.status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode dual = indicator(town("bailu"), "dual-regular");
            assertThat(dual.get("points").asDouble()).isEqualTo(8);
            assertThat(dual.get("manual").get("reason").asText()).isEqualTo("半年研究一次，报告齐全");
            assertThat(dual.get("manual").get("author").asText()).isEqualTo("committee1");
        });

        assertThat(api.put("/api/accountability/scores/TOWN/bailu/manual/dual-regular?year=" + YEAR,
                Tokens.committee(), Map.of("points", 11, "reason", "x")).body().get("code").asText())
                .isEqualTo("points-out-of-range");
        assertThat(api.put("/api/accountability/scores/TOWN/bailu/manual/major-hazards?year=" + YEAR,
                Tokens.committee(), Map.of("points", 1, "reason", "x")).body().get("code").asText())
                .isEqualTo("not-manual");
        assertThat(api.put("/api/accountability/scores/TOWN/bailu/manual/dual-regular?year=" + YEAR,
                Tokens.committee(), Map.of("points", 5)).errorFields()).contains("reason");
        assertThat(api.put("/api/accountability/scores/TOWN/bailu/manual/dual-regular?year=" + YEAR,
                Tokens.town("bailu"), Map.of("points", 10, "reason", "我们自己打满分")).status()).isEqualTo(403);
    }

    @Test
    void replaying_the_event_sourced_read_models_gives_identical_scores() {
        api.put("/api/accountability/scores/TOWN/hongchiba/manual/dual-regular?year=" + YEAR, Tokens.committee(),
                Map.of("points", 6, "reason", "研究不及时"));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                indicator(town("hongchiba"), "dual-regular").get("points").asDouble() == 6);
        JsonNode before = api.get("/api/accountability/scores?year=" + YEAR, Tokens.committee()).body();

        for (String group : List.of("assessment-schemes", "manual-scores", "responsibility-tasks")) {
            replay.replay(group);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Reply after = api.get("/api/accountability/scores?year=" + YEAR, Tokens.committee());
            assertThat(after.status()).isEqualTo(200);
            assertThat(after.body()).isEqualTo(before);
        });
    }

    @Test
    void campaigns_a_department_planned_and_held_score_by_the_schemes_threshold() {
        LocalDate day = LocalDate.now(ZoneOffset.ofHours(8)).withDayOfMonth(1);
        String held = UUID.randomUUID().toString();
        String missed = UUID.randomUUID().toString();
        String cancelled = UUID.randomUUID().toString();
        String demo = UUID.randomUUID().toString();
        for (String id : List.of(held, missed, cancelled)) {
            send(new org.firegov.events.training.CampaignPlannedV1(id, "SCHOOL", "xiabao", "DEPARTMENT", "planning",
                    day, false, Instant.now()), id);
        }
        send(new org.firegov.events.training.CampaignPlannedV1(demo, "SCHOOL", "xiabao", "DEPARTMENT", "planning",
                day, true, Instant.now()), demo);
        send(new org.firegov.events.training.CampaignHeldV1(held, "SCHOOL", "xiabao", "DEPARTMENT", "planning", day,
                120, false, Instant.now()), held);
        send(new org.firegov.events.training.CampaignCancelledV1(cancelled, "SCHOOL", "xiabao", "DEPARTMENT",
                "planning", "暴雨", false, Instant.now()), cancelled);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode campaigns = indicator(department("planning"), "campaigns");
            assertThat(campaigns.get("evidence").get("status").asText()).isEqualTo("MEASURED");
            assertThat(campaigns.get("evidence").get("value").asDouble()).as("1 held of 2 due").isEqualTo(50);
            assertThat(json.convertValue(campaigns.get("evidence").get("objects"), List.class))
                    .containsExactlyInAnyOrder(held, missed);
            assertThat(campaigns.get("points").asDouble()).as("below the 90% threshold").isZero();
        });

        send(new org.firegov.events.training.CampaignHeldV1(missed, "SCHOOL", "xiabao", "DEPARTMENT", "planning", day,
                40, false, Instant.now()), missed);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(indicator(department("planning"), "campaigns").get("points").asDouble()).isEqualTo(10));
    }

    @Test
    void a_towns_hydrant_intact_rate_counts_hydrants_in_service_of_those_built() {
        List<String> hydrants = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), UUID.randomUUID().toString());
        for (String id : hydrants) {
            send(new org.firegov.events.infrastructure.HydrantRegisteredV1(id, "HYDRANT", "dahe", "大河路", 31.4,
                    109.6, false, Instant.now()), id);
        }
        String pool = UUID.randomUUID().toString();
        send(new org.firegov.events.infrastructure.HydrantRegisteredV1(pool, "POOL", "dahe", null, 31.4, 109.6,
                false, Instant.now()), pool);
        send(new org.firegov.events.infrastructure.HydrantStatusChangedV1(hydrants.get(0), "HYDRANT", "dahe",
                "IN_SERVICE", "DAMAGED", "阀门损坏", "INSPECTION", Instant.now()), hydrants.get(0));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode intact = indicator(town("dahe"), "hydrants");
            assertThat(intact.get("evidence").get("value").asDouble()).as("3 of 4 hydrants in service").isEqualTo(75);
            assertThat(json.convertValue(intact.get("evidence").get("objects"), List.class))
                    .containsExactlyInAnyOrderElementsOf(hydrants);
            assertThat(intact.get("points").asDouble()).as("below 90%: 0 of 5").isZero();
        });
        assertThat(indicator(department("planning"), "hydrants").get("evidence").get("status").asText())
                .as("departments own no hydrants").isEqualTo("NOTHING_DUE");
    }

    @Test
    void hazards_rectified_on_time_and_overdue_hazards_score_their_town() {
        Instant lastWeek = Instant.now().minusSeconds(7 * 24 * 3600);
        String onTime = UUID.randomUUID().toString();
        String late = UUID.randomUUID().toString();
        String overdue = UUID.randomUUID().toString();
        for (String id : List.of(onTime, late, overdue)) {
            send(new HazardReportedV1(id, "91500238MA5U7K3L74", "fenghuang", "commerce", "INSPECTION", false,
                    lastWeek.minusSeconds(3600)), id);
            send(new org.firegov.events.inspection.HazardRectificationOrderedV1(id, "91500238MA5U7K3L74", "fenghuang",
                    "commerce", lastWeek, lastWeek.minusSeconds(1800)), id);
        }
        send(new org.firegov.events.inspection.HazardRectifiedV1(onTime, "91500238MA5U7K3L74", "fenghuang", "commerce",
                lastWeek, true, lastWeek.minusSeconds(60)), onTime);
        send(new org.firegov.events.inspection.HazardRectifiedV1(late, "91500238MA5U7K3L74", "fenghuang", "commerce",
                lastWeek, false, Instant.now()), late);
        send(new org.firegov.events.inspection.HazardOverdueV1(overdue, "91500238MA5U7K3L74", "fenghuang", "commerce",
                lastWeek, Instant.now()), overdue);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode fenghuang = town("fenghuang");
            JsonNode rate = indicator(fenghuang, "hazards-on-time");
            assertThat(rate.get("evidence").get("value").asDouble()).as("1 of 3 due on time")
                    .isCloseTo(33.33, org.assertj.core.api.Assertions.within(0.01));
            assertThat(json.convertValue(rate.get("evidence").get("objects"), List.class))
                    .containsExactlyInAnyOrder(onTime, late, overdue);
            assertThat(rate.get("points").asDouble()).as("below 60%: 0 of 20").isZero();
            JsonNode overdueHazards = indicator(fenghuang, "overdue-hazards");
            assertThat(json.convertValue(overdueHazards.get("evidence").get("objects"), List.class))
                    .containsExactly(overdue);
            assertThat(overdueHazards.get("points").asDouble()).as("1 point off per overdue hazard").isEqualTo(9);
        });
    }
}
