package org.firegov.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.firegov.events.inspection.HazardReportedV1;
import org.firegov.events.inspection.IncidentRecordedV1;
import org.firegov.events.training.CampaignHeldV1;
import org.firegov.kit.consume.IntegrationEventReplay;
import org.firegov.kit.readmodel.ReadModelReplay;
import org.firegov.testkit.ApiClient;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.RecordedEvents;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Dropping everything derived — the event-sourced read models and the facts consumed from Kafka — and rebuilding
 * them (replaying the event store, re-consuming the topics from the beginning) gives identical scores.
 */
@FireGovServiceTest
class FactReplayIT {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    ObjectMapper json;
    @Autowired
    ReadModelReplay readModels;
    @Autowired
    IntegrationEventReplay consumedFacts;

    @Test
    void dropping_the_facts_and_read_models_and_rebuilding_them_gives_identical_scores() {
        ApiClient api = new ApiClient(port);
        ScoreReader scores = new ScoreReader(api);
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));
        String hazard = UUID.randomUUID().toString();
        RecordedEvents.publish(kafka, json, new HazardReportedV1(hazard, "91500238MA5U7K3L74", "zhaojia",
                "development-reform",
                "INSPECTION", true, Instant.now()), hazard);
        String fire = UUID.randomUUID().toString();
        RecordedEvents.publish(kafka, json, new IncidentRecordedV1(fire, "zhaojia", today, "FIRE", false, 1, 0,
                10_000, false, Instant.now()), fire);
        String campaign = UUID.randomUUID().toString();
        RecordedEvents.publish(kafka, json, new CampaignHeldV1(campaign, "RURAL", "zhaojia", "TOWN", "zhaojia",
                today, 800, false, Instant.now()), campaign);
        api.put("/api/accountability/scores/TOWN/zhaojia/manual/dual-regular?year=" + ScoreReader.YEAR,
                Tokens.committee(), java.util.Map.of("points", 7, "reason", "报告迟交"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode zhaojia = scores.town("zhaojia");
            assertThat(ScoreReader.objects(ScoreReader.indicator(zhaojia, "major-hazards"))).contains(hazard);
            assertThat(ScoreReader.objects(ScoreReader.indicator(zhaojia, "fire-deaths"))).contains(fire);
            assertThat(ScoreReader.objects(ScoreReader.indicator(zhaojia, "people-reached"))).contains(campaign);
            assertThat(ScoreReader.indicator(zhaojia, "dual-regular").get("points").asDouble()).isEqualTo(7);
        });
        JsonNode overview = api.get("/api/accountability/scores?year=" + ScoreReader.YEAR, Tokens.committee()).body();
        JsonNode drillDown = scores.town("zhaojia");
        assertThat(consumedFacts.collections()).contains("hazard_facts", "incident_facts", "campaign_facts",
                "hydrant_facts", "draw_facts", "unit_facts", "self_inspection_facts", "certificate_facts",
                "milestone_facts", "hydrant_rate_facts", "force_facts", "recruit_facts", "equipment_facts");

        assertThat(api.post("/api/accountability/fact-replay", Tokens.brigade(), null).status())
                .as("an operator action for the committee only").isEqualTo(403);
        JsonNode started = api.post("/api/accountability/fact-replay", Tokens.committee(), null).body();
        assertThat(started.get("lastRun").get("state").asText()).isEqualTo("RESETTING");
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            JsonNode progress = api.get("/api/accountability/fact-replay", Tokens.committee()).body();
            assertThat(progress.get("lastRun").get("state").asText()).isEqualTo("CONSUMING");
            assertThat(progress.get("caughtUp").asBoolean()).as("%s", progress).isTrue();
            assertThat(progress.get("facts").get("incident_facts").asLong()).isPositive();
        });
        for (String group : List.of("assessment-schemes", "manual-scores", "responsibility-tasks")) {
            readModels.replay(group);
        }

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(api.get("/api/accountability/scores?year=" + ScoreReader.YEAR, Tokens.committee()).body())
                    .isEqualTo(overview);
            assertThat(scores.town("zhaojia")).isEqualTo(drillDown);
        });
    }
}
