package org.firegov.inspection.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import org.firegov.events.inspection.InspectionEvents;
import org.firegov.testkit.ApiClient;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.KafkaProbe;
import org.firegov.testkit.TestIssuer;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** Notification-commitment (告知承诺) over HTTP: the platform applies, the brigade processes, events go out. */
@FireGovServiceTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OpeningApplicationIT {

    private static final String PLATFORM_PATH = "/api/inspection/platform/opening-applications";
    private static final String REVIEW_PATH = "/api/inspection/opening-applications/";

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker kafka;
    @Autowired
    ObjectMapper json;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    static String platform() {
        return client("gov-platform");
    }

    static String client(String clientId) {
        return TestIssuer.get().token("service-account-" + clientId, List.of("gov-platform"), Map.of("azp", clientId));
    }

    static Map<String, Object> application(String venue) {
        Map<String, Object> body = new HashMap<>();
        body.put("venueName", venue);
        body.put("creditCode", "91500238MA5U7K3L74");
        body.put("town", "xiabao");
        body.put("address", "下堡镇正街1号");
        body.put("commitment", "本单位承诺场所符合消防安全要求，承担不实承诺的法律责任");
        body.put("attachments", List.of(Map.of("name", "承诺书.pdf", "url", "https://zwfw.example/files/1",
                "sha256", "ab".repeat(32))));
        return body;
    }

    private Reply submit(String token, Object body, String key) {
        return api.call(HttpMethod.POST, PLATFORM_PATH, token, body, Map.of("Idempotency-Key", key));
    }

    private String submitted(String venue) {
        Reply reply = submit(platform(), application(venue), UUID.randomUUID().toString());
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(201);
        return reply.body().get("applicationId").asText();
    }

    private Reply review(String id, String step, Object body) {
        return api.post(REVIEW_PATH + id + "/" + step, Tokens.brigade(), body);
    }

    @Test
    void the_platform_applies_the_brigade_processes_and_each_step_is_published_in_order() throws Exception {
        String id = submitted("星光影院");
        assertThat(review(id, "acceptance", Map.of()).status()).isEqualTo(204);
        LocalDate checkDate = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3);
        assertThat(review(id, "check-schedule", Map.of("checkDate", checkDate.toString())).status()).isEqualTo(204);
        assertThat(review(id, "check-result", Map.of("passed", true)).status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Reply status = api.get(PLATFORM_PATH + "/" + id, platform());
            assertThat(status.status()).isEqualTo(200);
            assertThat(status.body().get("status").asText()).isEqualTo("APPROVED");
            assertThat(status.body().get("checkDate").asText()).isEqualTo(checkDate.toString());
        });
        List<CloudEvent> events = KafkaProbe.eventsFor(kafka, InspectionEvents.OPENING_APPLICATION_TOPIC, id,
                received -> received.size() >= 4);
        assertThat(events).extracting(CloudEvent::getType).containsExactly(
                "firegov.inspection.opening-application.submitted.v1",
                "firegov.inspection.opening-application.status-changed.v1",
                "firegov.inspection.opening-application.status-changed.v1",
                "firegov.inspection.opening-application.status-changed.v1");
        List<JsonNode> data = events.stream().map(e -> read(e.getData().toBytes())).toList();
        assertThat(data).extracting(d -> d.get("sequence").asLong()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(data).extracting(d -> d.get("status").asText())
                .containsExactly("SUBMITTED", "ACCEPTED", "CHECK_SCHEDULED", "APPROVED");
        assertThat(data).allSatisfy(d -> assertThat(d.get("clientId").asText()).isEqualTo("gov-platform"));
        assertThat(data.get(0).get("attachments").get(0).get("sha256").asText()).isEqualTo("ab".repeat(32));
    }

    @Test
    void a_failed_check_rejects_the_application_with_its_reason() {
        String id = submitted("夜色KTV");
        review(id, "acceptance", Map.of());
        review(id, "check-schedule", Map.of("checkDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()));
        assertThat(review(id, "check-result", Map.of("passed", false)).code()).isEqualTo("no-reason");
        assertThat(review(id, "check-result", Map.of("passed", false, "reason", "安全出口数量不足")).status())
                .isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode view = api.get(PLATFORM_PATH + "/" + id, platform()).body();
            assertThat(view.get("status").asText()).isEqualTo("REJECTED");
            assertThat(view.get("reason").asText()).isEqualTo("安全出口数量不足");
        });
    }

    @Test
    void a_check_past_the_deadline_and_a_wrong_step_are_refused() {
        String id = submitted("欢乐网吧");
        assertThat(review(id, "check-schedule", Map.of("checkDate", LocalDate.now().toString())).code())
                .isEqualTo("wrong-application-status");
        review(id, "acceptance", Map.of());
        Reply late = review(id, "check-schedule", Map.of("checkDate",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(21).toString()));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.code()).isEqualTo("check-after-deadline");
        assertThat(review(id, "acceptance", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void a_retry_with_the_same_key_returns_the_first_result_and_another_body_gets_422() {
        String key = UUID.randomUUID().toString();
        Reply first = submit(platform(), application("金辉酒店"), key);
        Reply retry = submit(platform(), application("金辉酒店"), key);
        Reply other = submit(platform(), application("银辉酒店"), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body().get("applicationId")).isEqualTo(first.body().get("applicationId"));
        assertThat(retry.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.location()).isEqualTo(first.location());
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.code()).isEqualTo("idempotency-key-reused");
        assertThat(other.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_post_without_an_idempotency_key_is_refused() {
        Reply reply = api.post(PLATFORM_PATH, platform(), application("无钥酒店"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("idempotency-key-missing");
    }

    @Test
    void bad_input_names_each_field() {
        Map<String, Object> body = application("");
        body.put("creditCode", "91500238MA5U7K3L75");
        body.put("attachments", List.of(Map.of("name", "x", "url", "ftp://x", "sha256", "nothex")));
        Reply reply = submit(platform(), body, UUID.randomUUID().toString());
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorFields()).contains("venueName", "creditCode", "attachments[0].url",
                "attachments[0].sha256");
    }

    @Test
    void only_the_platform_uses_the_platform_api_and_it_sees_only_its_own_applications() {
        String id = submitted("光明剧院");
        assertThat(api.get(PLATFORM_PATH + "/" + id, Tokens.department("education")).status()).isEqualTo(403);
        assertThat(api.get(PLATFORM_PATH + "/" + id, Tokens.brigade()).status()).isEqualTo(403);
        assertThat(submit(Tokens.brigade(), application("x"), UUID.randomUUID().toString()).status())
                .isEqualTo(403);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get(PLATFORM_PATH + "/" + id, platform()).status()).isEqualTo(200));
        assertThat(api.get(PLATFORM_PATH + "/" + id, client("another-platform")).status()).isEqualTo(404);
        assertThat(api.get(REVIEW_PATH + id, platform()).status()).isEqualTo(403);
        assertThat(review(id, "acceptance", Map.of()).status()).isEqualTo(204);
        assertThat(api.post(REVIEW_PATH + id + "/refusal", Tokens.town("xiabao"), Map.of("reason", "x")).status())
                .isEqualTo(403);
    }

    @Test
    void a_town_sees_the_applications_of_its_venues_only() {
        String id = submitted("下堡影院");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get(REVIEW_PATH + id, Tokens.town("xiabao")).status()).isEqualTo(200));
        assertThat(api.get(REVIEW_PATH + id, Tokens.town("tongcheng")).status()).isEqualTo(404);
        assertThat(api.get(REVIEW_PATH + id, Tokens.unit("91500238MA5U7K3L74")).status()).isEqualTo(200);
    }

    private JsonNode read(byte[] bytes) {
        try {
            return json.readTree(bytes);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
