package org.firegov.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.firegov.accountability.ScoreReader.indicator;
import static org.firegov.accountability.ScoreReader.objects;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.firegov.events.IntegrationEvent;
import org.firegov.events.infrastructure.MilestoneCompletedV1;
import org.firegov.events.infrastructure.MilestoneOverdueV1;
import org.firegov.events.inspection.IncidentRecordedV1;
import org.firegov.events.inspection.InspectionCompletedV1;
import org.firegov.events.inspection.InspectionPlanPublishedV1;
import org.firegov.events.inspection.InspectionPlanPublishedV1.DrawnUnit;
import org.firegov.events.inspection.SelfInspectionSubmittedV1;
import org.firegov.events.inspection.UnitAmendedV1;
import org.firegov.events.inspection.UnitClosedV1;
import org.firegov.events.inspection.UnitRegisteredV1;
import org.firegov.events.training.CampaignHeldV1;
import org.firegov.events.training.CertificateIssuedV1;
import org.firegov.testkit.ApiClient;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.RecordedEvents;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The evidence metrics fed by inspection's, training's and infrastructure's recorded events, each scored by the
 * example scheme and traced to the facts behind it.
 */
@FireGovServiceTest
class EvidenceMetricsIT {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.ofHours(8));
    static final Instant EARLIER = Instant.now().minusSeconds(3600);

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    ObjectMapper json;
    ScoreReader scores;

    @BeforeEach
    void client() {
        scores = new ScoreReader(new ApiClient(port));
    }

    private void send(IntegrationEvent event, String subject) {
        RecordedEvents.publish(kafka, json, event, subject);
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    @Test
    void random_inspection_completion_counts_inspected_draws_of_the_years_plans() {
        String planId = id();
        List<String> units = List.of(id(), id(), id(), id());
        send(new InspectionPlanPublishedV1(planId, ScoreReader.YEAR,
                units.stream().map(unit -> new DrawnUnit(unit, "tongcheng", "health")).toList(), EARLIER), planId);
        for (String unit : units.subList(0, 3)) {
            String inspection = id();
            send(new InspectionCompletedV1(inspection, unit, "tongcheng", "health", planId, TODAY, true, 0, 0,
                    EARLIER), inspection);
        }
        String outsidePlan = id();
        send(new InspectionCompletedV1(outsidePlan, id(), "tongcheng", "health", null, TODAY, true, 0, 0, EARLIER),
                outsidePlan);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode rate = indicator(scores.town("tongcheng"), "random-inspection");
            assertThat(rate.get("evidence").get("value").asDouble()).as("3 of 4 drawn units inspected").isEqualTo(75);
            assertThat(objects(rate)).containsExactlyInAnyOrderElementsOf(
                    units.stream().map(unit -> planId + "/" + unit).toList());
            assertThat(rate.get("points").asDouble()).as("linear 60→100 of 5").isEqualTo(1.88);
            assertThat(indicator(scores.department("health"), "random-inspection").get("evidence").get("value")
                    .asDouble()).isEqualTo(75);
        });
    }

    @Test
    void self_inspection_coverage_is_of_the_units_registered_in_the_party_now() {
        String active = id();
        String lapsed = id();
        String closed = id();
        String moved = id();
        for (String unit : List.of(active, lapsed, closed, moved)) {
            send(new UnitRegisteredV1(unit, "单位", "zhaojia", "market-regulation", Set.of(), "GENERAL", EARLIER), unit);
        }
        send(new UnitClosedV1(closed, "zhaojia", "market-regulation", EARLIER.plusSeconds(60)), closed);
        send(new UnitAmendedV1(moved, "单位", "baiyang", "market-regulation", Set.of(), "GENERAL", EARLIER), moved);
        String submitted = id();
        send(new SelfInspectionSubmittedV1(submitted, active, "zhaojia", "market-regulation",
                TODAY.toString().substring(0, 7), TODAY, 0, EARLIER), submitted);
        String lastYears = id();
        send(new SelfInspectionSubmittedV1(lastYears, lapsed, "zhaojia", "market-regulation",
                (ScoreReader.YEAR - 1) + "-12", TODAY.withDayOfYear(1).minusDays(1), 0, EARLIER), lastYears);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode coverage = indicator(scores.town("zhaojia"), "self-inspection");
            assertThat(coverage.get("evidence").get("value").asDouble()).as("1 of the 2 units still in zhaojia")
                    .isEqualTo(50);
            assertThat(objects(coverage)).containsExactlyInAnyOrder(active, lapsed, submitted);
            assertThat(coverage.get("points").asDouble()).as("linear 50→100: 0").isZero();
            assertThat(indicator(scores.town("baiyang"), "self-inspection").get("evidence").get("value").asDouble())
                    .as("the moved unit counts where it is now").isZero();
        });

        String late = id();
        send(new SelfInspectionSubmittedV1(late, lapsed, "zhaojia", "market-regulation",
                TODAY.toString().substring(0, 7), TODAY, 2, Instant.now()), late);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(indicator(scores.town("zhaojia"), "self-inspection").get("points").asDouble()).isEqualTo(10));
    }

    @Test
    void fire_deaths_cost_points_and_a_major_fire_fails_the_town_with_the_fire_as_evidence() {
        String fatal = id();
        send(new IncidentRecordedV1(fatal, "tongcheng", TODAY, "FIRE", false, 1, 0, 250_000, false, EARLIER), fatal);
        String history = id();
        send(new IncidentRecordedV1(history, "tongcheng", TODAY, "FIRE", true, 2, 0, 0, true, EARLIER), history);
        String rescue = id();
        send(new IncidentRecordedV1(rescue, "tongcheng", TODAY, "RESCUE", false, 1, 0, 0, false, EARLIER), rescue);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode tongcheng = scores.town("tongcheng");
            JsonNode deaths = indicator(tongcheng, "fire-deaths");
            assertThat(deaths.get("evidence").get("value").asDouble()).as("historical and rescue entries ignored")
                    .isEqualTo(1);
            assertThat(objects(deaths)).containsExactly(fatal);
            assertThat(deaths.get("points").asDouble()).as("5 off per death").isEqualTo(5);
            assertThat(tongcheng.get("vetoed").asBoolean()).as("a historical major fire never vetoes").isFalse();
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(scores.api()
                .get("/api/accountability/tasks?size=200", Tokens.town("tongcheng")).body().get("items")
                .findValuesAsText("title")).as("a fatal fire puts a 回头看 review on the town's list")
                .anyMatch(title -> title.contains("回头看") && title.contains(fatal))
                .noneMatch(title -> title.contains(rescue) || title.contains(history)));

        String major = id();
        send(new IncidentRecordedV1(major, "tongcheng", TODAY, "FIRE", true, 0, 3, 5_000_000, false, EARLIER), major);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode tongcheng = scores.town("tongcheng");
            assertThat(tongcheng.get("vetoed").asBoolean()).isTrue();
            assertThat(tongcheng.get("grade").asText()).isEqualTo("FAIL");
            assertThat(json.convertValue(tongcheng.get("vetoedBy"), List.class)).containsExactly(major);
        });
        assertThat(scores.department("health").get("vetoed").asBoolean()).as("incidents fail towns, not departments")
                .isFalse();
    }

    @Test
    void people_reached_per_thousand_residents_counts_campaigns_held_in_the_town() {
        String held = id();
        send(new CampaignHeldV1(held, "COMMUNITY", "baiyang", "DEPARTMENT", "police", TODAY, 2500, false, EARLIER),
                held);
        String demo = id();
        send(new CampaignHeldV1(demo, "COMMUNITY", "baiyang", "TOWN", "baiyang", TODAY, 9000, true, EARLIER), demo);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode reached = indicator(scores.town("baiyang"), "people-reached");
            assertThat(reached.get("evidence").get("value").asDouble()).as("2,500 of a (placeholder) 50,000")
                    .isCloseTo(50, within(0.001));
            assertThat(objects(reached)).containsExactly(held);
            assertThat(reached.get("points").asDouble()).as("linear 0→100 of 5").isEqualTo(2.5);
        });
        assertThat(indicator(scores.department("police"), "people-reached").get("evidence").get("status").asText())
                .as("departments have no residents").isEqualTo("NOTHING_DUE");
    }

    @Test
    void certificates_count_for_the_courses_organiser_in_the_year_issued_and_demo_ones_never() {
        List<String> numbers = List.of(id(), id(), id());
        for (String number : numbers) {
            send(new CertificateIssuedV1(number, "course-1", id(), null, "MIGRANT_WORKERS", "dahe", "DEPARTMENT",
                    "emergency", 8, 90, TODAY, TODAY.plusYears(3), false, EARLIER), "course-1");
        }
        String old = id();
        send(new CertificateIssuedV1(old, "course-0", id(), null, "MIGRANT_WORKERS", "dahe", "DEPARTMENT",
                "emergency", 8, 90, TODAY.minusYears(1), TODAY.plusYears(2), false, EARLIER), "course-0");
        send(new CertificateIssuedV1(id(), "course-demo", id(), null, "MIGRANT_WORKERS", "dahe", "DEPARTMENT",
                "emergency", 8, 90, TODAY, TODAY.plusYears(3), true, EARLIER), "course-demo");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode certificates = indicator(scores.department("emergency"), "certificates");
            assertThat(objects(certificates)).containsExactlyInAnyOrderElementsOf(numbers);
            assertThat(certificates.get("points").asDouble()).as("3 of 20 for 5 points").isEqualTo(0.75);
        });
    }

    @Test
    void milestones_on_time_count_for_the_responsible_party_and_unattributed_ones_for_nobody() {
        LocalDate planned = TODAY.minusDays(10);
        String onTime = id();
        String late = id();
        String overdue = id();
        String nobodys = id();
        send(new MilestoneCompletedV1("p1", onTime, "管网", planned, planned, true, 0, EARLIER, "housing"), "p1");
        send(new MilestoneCompletedV1("p1", late, "验收", planned, TODAY, false, 10, EARLIER, "housing"), "p1");
        send(new MilestoneOverdueV1("p1", overdue, "招标", planned, TODAY, EARLIER, "housing"), "p1");
        send(new MilestoneOverdueV1("p2", nobodys, "选址", planned, TODAY, EARLIER, null), "p2");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode milestones = indicator(scores.department("housing"), "milestones");
            assertThat(objects(milestones)).containsExactlyInAnyOrder("p1/" + onTime, "p1/" + late, "p1/" + overdue);
            assertThat(milestones.get("evidence").get("value").asDouble()).isCloseTo(33.33, within(0.01));
            assertThat(milestones.get("points").asDouble()).as("below 50%: 0").isZero();
        });
    }
}
