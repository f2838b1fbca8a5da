package org.firegov.training.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.firegov.events.training.TrainingEvents;
import org.firegov.testkit.ApiClient;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.KafkaProbe;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** Evacuation drills (疏散演练) through the service's API. */
@FireGovServiceTest
class DrillIT {

    static final String SCHOOL = "91500238MA60XB2Q37";
    static final int YEAR = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker kafka;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private Reply record(String token, String unitId, String town, int seconds) {
        return api.post("/api/training/drills", token, Map.of("unitId", unitId, "unitName", "通城镇中心小学",
                "town", town, "department", "education", "heldOn", LocalDate.now().minusDays(2).toString(),
                "participants", 500, "evacuationSeconds", seconds));
    }

    @Test
    void a_unit_records_its_own_drill_and_its_town_sees_it_summed_up() {
        Reply recorded = record(Tokens.unit(SCHOOL), SCHOOL, "tongcheng", 200);
        assertThat(recorded.status()).as(String.valueOf(recorded.body())).isEqualTo(201);
        assertThat(record(Tokens.town("tongcheng"), SCHOOL, "tongcheng", 100).status()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode summary = api.get("/api/training/drills/summary?year=" + YEAR, Tokens.town("tongcheng")).body();
            assertThat(summary).hasSize(1);
            assertThat(summary.get(0).get("town").asText()).isEqualTo("tongcheng");
            assertThat(summary.get(0).get("drills").asInt()).isGreaterThanOrEqualTo(2);
        });
        assertThat(api.get("/api/training/drills", Tokens.town("xiabao")).body().findValuesAsText("unitId"))
                .doesNotContain(SCHOOL);
        assertThat(api.get("/api/training/drills", Tokens.unit(SCHOOL)).body().findValuesAsText("unitId"))
                .containsOnly(SCHOOL);
        String drillId = recorded.body().get("drillId").asText();
        assertThat(KafkaProbe.eventsFor(kafka, TrainingEvents.DRILL_TOPIC, drillId, events -> !events.isEmpty())
                .get(0).getType()).isEqualTo("firegov.training.drill.recorded.v1");
    }

    @Test
    void nobody_records_drills_outside_their_scope_and_bad_input_names_its_fields() {
        assertThat(record(Tokens.unit("91500238MA5U7K3L74"), SCHOOL, "tongcheng", 100).status()).isEqualTo(403);
        assertThat(record(Tokens.town("xiabao"), SCHOOL, "tongcheng", 100).status()).isEqualTo(403);
        assertThat(record(Tokens.govPlatform(), SCHOOL, "tongcheng", 100).status()).isEqualTo(403);
        Reply bad = api.post("/api/training/drills", Tokens.brigade(), Map.of("unitId", "91500238MA60XB2Q38",
                "unitName", "", "town", "Tong Cheng", "participants", 0, "evacuationSeconds", 99999));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).contains("unitId", "unitName", "town", "heldOn", "participants",
                "evacuationSeconds");
        Reply future = api.post("/api/training/drills", Tokens.brigade(), Map.of("unitId", SCHOOL, "unitName", "x",
                "town", "tongcheng", "heldOn", LocalDate.now().plusDays(5).toString(), "participants", 10,
                "evacuationSeconds", 60));
        assertThat(future.code()).isEqualTo("held-in-future");
    }
}
