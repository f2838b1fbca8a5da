package org.firegov.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.firegov.events.inspection.IncidentRecordedV1;
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

/** The committee view: every party's score with its trend by quarter, computed from when the evidence happened. */
@FireGovServiceTest
class CommitteeViewIT {

    static final int YEAR = ScoreReader.YEAR;

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

    private JsonNode trend(String kind, String code) {
        Reply reply = api.get("/api/accountability/scores/" + kind + "/" + code + "/trend?year=" + YEAR,
                Tokens.committee());
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(200);
        return reply.body();
    }

    @Test
    void a_fatal_fire_lowers_the_towns_score_from_the_quarter_it_happened_in() {
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        assumeThat(quarter).as("needs a finished quarter this year").isGreaterThan(1);
        LocalDate inPreviousQuarter = LocalDate.of(YEAR, 3 * (quarter - 2) + 2, 10);
        String fire = UUID.randomUUID().toString();
        RecordedEvents.publish(kafka, json, new IncidentRecordedV1(fire, "xiabao", inPreviousQuarter, "FIRE", false, 1,
                0, 30_000, false, Instant.now()), fire);

        // a trend scores every party at each quarter's end: slow on a loaded machine
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> {
            JsonNode quarters = trend("TOWN", "xiabao");
            assertThat(quarters).hasSize(quarter);
            assertThat(quarters.get(quarter - 1).get("complete").asBoolean()).as("the running quarter").isFalse();
            assertThat(quarters.get(quarter - 2).get("points").get("fire-deaths").asDouble())
                    .as("5 points off for the death at the end of its quarter").isEqualTo(5);
            if (quarter > 2) {
                assertThat(quarters.get(quarter - 3).get("points").get("fire-deaths").asDouble())
                        .as("not before it happened").isEqualTo(10);
            }
        });
        assertThat(ScoreReader.indicator(new ScoreReader(api).town("xiabao"), "fire-deaths").get("points").asDouble())
                .isEqualTo(5);
    }

    @Test
    void the_committee_sees_every_party_a_department_only_itself() {
        JsonNode all = api.get("/api/accountability/committee-view?year=" + YEAR, Tokens.committee()).body();
        assertThat(all.get("schemeId").asText()).startsWith(YEAR + "-v");
        assertThat(all.get("rows").findValuesAsText("kind")).contains("TOWN", "DEPARTMENT");
        JsonNode row = all.get("rows").get(0);
        assertThat(row.get("points").has("hazards-on-time")).isTrue();
        assertThat(row.get("trend").size()).isBetween(1, 4);
        assertThat(row.get("trend").get(0).get("quarter").asInt()).isEqualTo(1);

        JsonNode education = api.get("/api/accountability/committee-view?year=" + YEAR,
                Tokens.department("education")).body();
        assertThat(education.get("rows")).hasSize(1);
        assertThat(education.get("rows").get(0).get("party").get("code").asText()).isEqualTo("education");
        assertThat(api.get("/api/accountability/scores/TOWN/xiabao/trend?year=" + YEAR, Tokens.town("bailu"))
                .status()).isEqualTo(404);
        assertThat(api.get("/api/accountability/committee-view?year=" + YEAR, Tokens.unit("91500238MA5U7K3L74"))
                .status()).isEqualTo(403);
        assertThat(api.get("/api/accountability/committee-view?year=abc", Tokens.committee()).status()).isEqualTo(400);
    }
}
