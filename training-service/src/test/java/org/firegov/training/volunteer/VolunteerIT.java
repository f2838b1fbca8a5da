package org.firegov.training.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.firegov.events.training.TrainingEvents;
import org.firegov.testkit.ApiClient;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.KafkaProbe;
import org.firegov.testkit.Tokens;
import org.firegov.training.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** Fire volunteer teams (消防志愿者) through the service's API. */
@FireGovServiceTest
class VolunteerIT {

    static final String YESTERDAY = County.today().minusDays(1).toString();

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker kafka;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private String team(String token, String town) {
        Reply created = api.post("/api/training/volunteer-teams", token, Map.of("name", "消防志愿服务队", "town", town));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        return created.body().get("teamId").asText();
    }

    private void member(String token, String team, String id) {
        Reply joined = api.post("/api/training/volunteer-teams/" + team + "/members", token,
                Map.of("memberId", id, "name", "志愿者" + id, "joinedOn", YESTERDAY));
        assertThat(joined.status()).as(String.valueOf(joined.body())).isEqualTo(201);
    }

    @Test
    void hours_of_an_activity_add_up_per_member_team_and_town_and_reach_kafka_without_names() {
        String town = Tokens.town("dahe");
        String team = team(town, "dahe");
        member(town, team, "v-1");
        member(town, team, "v-2");
        Reply logged = api.post("/api/training/volunteer-teams/" + team + "/activities", town, Map.of(
                "title", "夏季入户消防宣传", "heldOn", YESTERDAY, "hours", 2.5, "memberIds", List.of("v-1", "v-2")));
        assertThat(logged.status()).as(String.valueOf(logged.body())).isEqualTo(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode summary = api.get("/api/training/volunteers/summary?year="
                    + County.today().minusDays(1).getYear(), town).body();
            assertThat(summary).hasSize(1);
            assertThat(summary.get(0).get("town").asText()).isEqualTo("dahe");
            assertThat(summary.get(0).get("activeMembers").asInt()).isEqualTo(2);
            assertThat(summary.get(0).get("serviceHours").asDouble()).isEqualTo(5.0);
        });
        JsonNode members = api.get("/api/training/volunteer-teams/" + team + "/members", town).body();
        assertThat(members.findValuesAsText("memberId")).containsExactly("v-1", "v-2");
        assertThat(members.get(0).get("serviceHours").asDouble()).isEqualTo(2.5);
        assertThat(members.get(0).has("phone")).isFalse();

        var event = KafkaProbe.eventsFor(kafka, TrainingEvents.VOLUNTEER_TOPIC, team, events -> !events.isEmpty())
                .get(0);
        assertThat(event.getType()).isEqualTo("firegov.training.volunteer.activity-logged.v1");
        String payload = new String(event.getData().toBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(payload).contains("\"serviceHours\":5.0").doesNotContain("志愿者");
    }

    @Test
    void other_towns_and_departments_neither_see_nor_change_a_town_team() {
        String team = team(Tokens.town("yulin"), "yulin");
        assertThat(api.get("/api/training/volunteer-teams/" + team, Tokens.town("xiabao")).status()).isEqualTo(404);
        assertThat(api.get("/api/training/volunteer-teams/" + team, Tokens.department("education")).status())
                .isEqualTo(404);
        assertThat(api.post("/api/training/volunteer-teams/" + team + "/members", Tokens.town("xiabao"),
                Map.of("memberId", "v-1", "name", "x", "joinedOn", YESTERDAY)).status()).isEqualTo(404);
        assertThat(api.get("/api/training/volunteer-teams/" + team, Tokens.committee()).status()).isEqualTo(200);
        assertThat(api.post("/api/training/volunteer-teams", Tokens.town("xiabao"),
                Map.of("name", "x", "town", "yulin")).status()).isEqualTo(403);
        assertThat(api.post("/api/training/volunteer-teams", Tokens.unit("91500238MA5U7K3L74"),
                Map.of("name", "x", "town", "yulin")).status()).isEqualTo(403);
    }

    @Test
    void bad_input_names_its_fields_and_strangers_cannot_serve() {
        Reply bad = api.post("/api/training/volunteer-teams", Tokens.brigade(), Map.of("name", "", "town", "Yu Lin"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).contains("name", "town");
        String team = team(Tokens.brigade(), "bailu");
        Reply badActivity = api.post("/api/training/volunteer-teams/" + team + "/activities", Tokens.brigade(),
                Map.of("title", "x", "heldOn", "2026-02-30", "hours", 30, "memberIds", List.of()));
        assertThat(badActivity.status()).isEqualTo(400);
        Reply badHours = api.post("/api/training/volunteer-teams/" + team + "/activities", Tokens.brigade(),
                Map.of("title", "x", "heldOn", YESTERDAY, "hours", 30, "memberIds", List.of("")));
        assertThat(badHours.errorFields()).contains("hours");
        Reply stranger = api.post("/api/training/volunteer-teams/" + team + "/activities", Tokens.brigade(),
                Map.of("title", "x", "heldOn", YESTERDAY, "hours", 2, "memberIds", List.of("nobody")));
        assertThat(stranger.status()).isEqualTo(422);
        assertThat(stranger.code()).isEqualTo("not-a-member");
    }
}
