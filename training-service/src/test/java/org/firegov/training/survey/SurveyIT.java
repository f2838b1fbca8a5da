package org.firegov.training.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import org.firegov.events.training.TrainingEvents;
import org.firegov.kit.readmodel.ReadModelReplay;
import org.firegov.testkit.ApiClient;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.KafkaProbe;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * Awareness surveys through the API: anonymous, one response per token, rate-limited per client. Each test speaks
 * as its own client: the tests' gateway is 127.0.0.1 (trusted proxy), the client its X-Forwarded-For.
 */
@FireGovServiceTest
class SurveyIT {

    private static final AtomicInteger CLIENTS = new AtomicInteger(10);

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker kafka;
    @Autowired
    ReadModelReplay replay;
    ApiClient api;
    String client;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        client = "203.0.113." + CLIENTS.incrementAndGet();
    }

    static Map<String, Object> questionnaire(int passMark) {
        return Map.of("title", "2026年消防安全知晓率调查", "passMark", passMark, "questions", List.of(
                Map.of("questionId", "q1", "text", "火警电话是？", "correctOptionId", "a", "points", 60,
                        "options", List.of(Map.of("optionId", "a", "text", "119"), Map.of("optionId", "b", "text", "110"))),
                Map.of("questionId", "q2", "text", "电动车能否在楼道充电？", "correctOptionId", "b", "points", 40,
                        "options", List.of(Map.of("optionId", "a", "text", "能"), Map.of("optionId", "b", "text", "不能")))));
    }

    private String define() {
        Reply created = api.post("/api/training/surveys", Tokens.brigade(), questionnaire(60));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        String surveyId = created.body().get("surveyId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                publicCall(HttpMethod.GET, "/api/training/public/surveys/" + surveyId, null).status() == 200);
        return surveyId;
    }

    private Reply publicCall(HttpMethod method, String path, Object body) {
        return api.call(method, path, null, body, Map.of("X-Forwarded-For", client));
    }

    private String token(String surveyId) {
        Reply token = publicCall(HttpMethod.POST, "/api/training/public/surveys/" + surveyId + "/tokens", null);
        assertThat(token.status()).as(String.valueOf(token.body())).isEqualTo(201);
        return token.body().get("token").asText();
    }

    private Reply respond(String surveyId, String token, String town, String q1, String q2) {
        return publicCall(HttpMethod.POST, "/api/training/public/surveys/" + surveyId + "/responses", Map.of(
                "token", token, "town", town, "answers", List.of(Map.of("questionId", "q1", "optionId", q1),
                        Map.of("questionId", "q2", "optionId", q2))));
    }

    @Test
    void an_anonymous_respondent_answers_once_per_token_and_the_awareness_rate_reaches_towns_and_kafka() {
        String surveyId = define();
        JsonNode shown = publicCall(HttpMethod.GET, "/api/training/public/surveys/" + surveyId, null).body();
        assertThat(shown.toString()).doesNotContain("correctOptionId").doesNotContain("passMark");

        String token = token(surveyId);
        Reply answered = respond(surveyId, token, "xiabao", "a", "b");
        assertThat(answered.status()).as(String.valueOf(answered.body())).isEqualTo(201);
        assertThat(answered.body().get("score").asInt()).isEqualTo(100);
        Reply again = respond(surveyId, token, "xiabao", "a", "b");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("token-used");
        assertThat(respond(surveyId, token(surveyId), "xiabao", "b", "a").body().get("passed").asBoolean()).isFalse();
        assertThat(respond(surveyId, token(surveyId), "dahe", "a", "a").status()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode results = api.get("/api/training/surveys/" + surveyId + "/results", Tokens.town("xiabao")).body();
            assertThat(results.get("county").get("respondents").asInt()).isEqualTo(3);
            assertThat(results.get("towns")).hasSize(1);
            assertThat(results.get("towns").get(0).get("town").asText()).isEqualTo("xiabao");
            assertThat(results.get("towns").get(0).get("awarenessRate").asDouble()).isEqualTo(50.0);
        });
        Reply locked = api.put("/api/training/surveys/" + surveyId, Tokens.committee(), questionnaire(80));
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.code()).isEqualTo("survey-locked");

        assertThat(api.post("/api/training/surveys/" + surveyId + "/close", Tokens.brigade(), null).status())
                .isEqualTo(204);
        List<CloudEvent> events = KafkaProbe.eventsFor(kafka, TrainingEvents.SURVEY_TOPIC, surveyId,
                found -> found.stream().anyMatch(e -> e.getType().equals("firegov.training.survey.closed.v1")));
        assertThat(events).filteredOn(e -> e.getType().equals("firegov.training.survey.response-scored.v1"))
                .hasSize(3);
        String closed = new String(events.stream().filter(e -> e.getType().endsWith("closed.v1")).findFirst()
                .orElseThrow().getData().toBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(closed).contains("\"awarenessRate\":66.7");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                publicCall(HttpMethod.GET, "/api/training/public/surveys/" + surveyId, null).status() == 404);
        assertThat(publicCall(HttpMethod.POST, "/api/training/public/surveys/" + surveyId + "/tokens", null).status())
                .isEqualTo(404);

        replay.replay(SurveyProjection.GROUP);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> assertThat(api.get("/api/training/surveys/"
                + surveyId + "/results", Tokens.committee()).body().get("county").get("passed").asInt()).isEqualTo(2));
    }

    @Test
    void malformed_or_oversized_answers_get_clear_errors_and_leave_the_token_unused() {
        String surveyId = define();
        String token = token(surveyId);
        Reply missing = publicCall(HttpMethod.POST, "/api/training/public/surveys/" + surveyId + "/responses",
                Map.of("token", token, "town", "xiabao", "answers", List.of(Map.of("questionId", "q1", "optionId", "a"))));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactly("answers");
        Reply impossible = respond(surveyId, token, "xiabao", "a", "zzz");
        assertThat(impossible.status()).isEqualTo(400);
        assertThat(impossible.errorFields()).containsExactly("answers.q2");
        assertThat(respond(surveyId, token, "atlantis", "a", "b").errorFields()).containsExactly("town");
        Reply garbage = publicCall(HttpMethod.POST, "/api/training/public/surveys/" + surveyId + "/responses",
                "{\"token\": ");
        assertThat(garbage.status()).isEqualTo(400);
        Reply oversized = publicCall(HttpMethod.POST, "/api/training/public/surveys/" + surveyId + "/responses",
                Map.of("token", "x".repeat(20_000), "town", "xiabao", "answers", List.of()));
        assertThat(oversized.status()).isEqualTo(413);
        assertThat(respond(surveyId, "not-a-token", "xiabao", "a", "b").status()).isEqualTo(404);

        assertThat(respond(surveyId, token, "xiabao", "a", "b").status()).isEqualTo(201);
    }

    @Test
    void a_client_asking_for_too_many_tokens_gets_429_with_retry_after_while_others_carry_on() {
        String surveyId = define();
        Reply last = null;
        for (int i = 0; i < 60 && (last == null || last.status() != 429); i++) {
            last = publicCall(HttpMethod.POST, "/api/training/public/surveys/" + surveyId + "/tokens", null);
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.headers().getFirst("Retry-After")).matches("[1-9][0-9]?");
        assertThat(last.contentType()).startsWith("application/problem+json");
        client = "203.0.113.250";
        assertThat(token(surveyId)).isNotBlank();
    }

    @Test
    void only_the_committee_and_the_brigade_define_surveys_and_bad_questionnaires_name_their_fields() {
        assertThat(api.post("/api/training/surveys", Tokens.town("xiabao"), questionnaire(60)).status())
                .isEqualTo(403);
        assertThat(api.post("/api/training/surveys", Tokens.department("education"), questionnaire(60)).status())
                .isEqualTo(403);
        Reply bad = api.post("/api/training/surveys", Tokens.committee(), Map.of("title", "", "passMark", 101,
                "questions", List.of(Map.of("questionId", "q 1", "options", List.of()))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).contains("title", "passMark", "questions[0].questionId",
                "questions[0].options", "questions[0].text");
        Reply wrongKey = api.post("/api/training/surveys", Tokens.committee(), Map.of("title", "t", "passMark", 60,
                "questions", List.of(Map.of("questionId", "q1", "text", "?", "correctOptionId", "c", "points", 1,
                        "options", List.of(Map.of("optionId", "a", "text", "1"), Map.of("optionId", "b", "text", "2"))))));
        assertThat(wrongKey.errorFields()).containsExactly("questions[0].correctOptionId");
    }
}
