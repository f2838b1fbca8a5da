package org.firegov.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.firegov.e2e.Http.Reply;
import org.firegov.localstack.LocalStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The county government-service platform (政务服务平台 / 渝快办) as a scripted machine client of the whole local stack,
 * everything through the gateway with a real client-credentials token: it registers a callback receiver (a JDK
 * {@link HttpServer} started here), submits an opening application (告知承诺) with an {@code Idempotency-Key}, follows
 * the brigade's processing through signed callbacks (verified as {@code docs/integration-guide.md} says), files a
 * public report (举报) and follows it, and syncs the disclosure feed with its cursor. This is the documented
 * platform-client script of issue 8; the steps build on each other, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GovPlatformEndToEndTest {

    static final String UNIT = "91500238MA5U7K3L74";
    static final Duration PATIENCE = Duration.ofSeconds(90);
    static final ObjectMapper JSON = new ObjectMapper();

    /** One callback as the receiver got it: headers, the raw body and whether its signature verified. */
    record Callback(String deliveryId, String timestamp, String signature, int attempt, byte[] rawBody,
                    boolean signatureValid) {

        JsonNode event() {
            try {
                return JSON.readTree(rawBody);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    static Path dataDir;
    LocalStack stack;
    Http gateway;
    HttpServer receiver;
    final List<Callback> received = new CopyOnWriteArrayList<>();
    final String secret = UUID.randomUUID() + "-" + UUID.randomUUID();
    String platform;
    String brigade;
    String applicationId;

    @BeforeAll
    void startTheWholePlatformAndTheReceiver() throws IOException {
        Path projectRoot = Path.of("").toAbsolutePath().getParent();
        stack = LocalStack.builder().projectRoot(projectRoot).dataDir(dataDir).freePorts().build().start();
        gateway = new Http(stack.gatewayUrl());
        platform = Http.clientToken(stack.keycloakIssuerUri(), "gov-platform", "gov-platform-demo-secret");
        brigade = token("brigade1");

        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/firegov/callbacks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String ts = exchange.getRequestHeaders().getFirst("X-FireGov-Timestamp");
            String signature = exchange.getRequestHeaders().getFirst("X-FireGov-Signature");
            boolean valid = verify(secret, ts, body, signature);
            received.add(new Callback(exchange.getRequestHeaders().getFirst("X-FireGov-Delivery"), ts, signature,
                    Integer.parseInt(exchange.getRequestHeaders().getFirst("X-FireGov-Attempt")), body, valid));
            exchange.sendResponseHeaders(valid ? 204 : 401, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    void stopIt() {
        if (receiver != null) {
            receiver.stop(0);
        }
        if (stack != null) {
            stack.close();
        }
    }

    private String token(String user) {
        return Http.token(stack.keycloakIssuerUri(), user);
    }

    /** The receiver's check, exactly as the integration guide's Java example: replay window, then HMAC-SHA256. */
    static boolean verify(String secret, String timestamp, byte[] body, String signature) {
        try {
            if (timestamp == null || signature == null
                    || Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timestamp)) > 300) {
                return false;
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            String expected = "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    signature.getBytes(StandardCharsets.US_ASCII));
        } catch (Exception e) {
            return false;
        }
    }

    private Reply platformPost(String path, Object body, String idempotencyKey) {
        return gateway.send("POST", path, platform, body, Map.of("Idempotency-Key", idempotencyKey));
    }

    private Reply brigadePost(String path, Object body) {
        Reply reply = gateway.post(path, brigade, body == null ? "" : body);
        assertThat(reply.status()).as(path + " " + reply.body()).isIn(200, 201, 204);
        return reply;
    }

    private List<Callback> callbacksAbout(String subject) {
        return received.stream().filter(c -> subject.equals(c.event().path("subject").asText())).toList();
    }

    private static Map<String, Object> application(String venueName) throws Exception {
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("承诺书".getBytes(StandardCharsets.UTF_8)));
        return Map.of("venueName", venueName, "creditCode", UNIT, "town", "xiabao", "address", "下堡镇正街1号",
                "commitment", "本单位承诺场所符合消防安全要求",
                "attachments", List.of(Map.of("name", "承诺书.pdf", "url", "https://zwfw.example/files/1",
                        "sha256", sha256)));
    }

    @Test
    @Order(1)
    void a_department_token_cannot_call_the_integration_api_and_the_platform_only_the_integration_api() {
        String department = token("edu1");
        for (String path : List.of("/api/integration/disclosures?after=0", "/api/integration/opening-applications",
                "/api/integration/callback", "/api/integration/deliveries")) {
            Reply refused = gateway.get(path, department);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(gateway.send("POST", "/api/integration/opening-applications", department, Map.of(),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).status()).isEqualTo(403);
        assertThat(gateway.get("/api/integration/disclosures?after=0", null).status()).isEqualTo(401);
        assertThat(gateway.get("/api/inspection/units", platform).status()).isEqualTo(403);
    }

    @Test
    @Order(2)
    void the_platform_registers_its_callback_receiver() {
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/firegov/callbacks";
        Reply registered = gateway.send("PUT", "/api/integration/callback", platform,
                Map.of("url", url, "secret", secret), Map.of());
        assertThat(registered.status()).as(String.valueOf(registered.body())).isEqualTo(200);
        Reply registration = gateway.get("/api/integration/callback", platform);
        assertThat(registration.body().get("url").asText()).isEqualTo(url);
        assertThat(registration.body().has("secret")).isFalse();
    }

    @Test
    @Order(3)
    void an_application_submitted_twice_with_the_same_key_is_submitted_once() throws Exception {
        String key = UUID.randomUUID().toString();
        Reply submitted = platformPost("/api/integration/opening-applications", application("星光影院"), key);
        assertThat(submitted.status()).as(String.valueOf(submitted.body())).isEqualTo(201);
        assertThat(submitted.body().get("status").asText()).isEqualTo("SUBMITTED");
        applicationId = submitted.body().get("applicationId").asText();

        Reply retried = platformPost("/api/integration/opening-applications", application("星光影院"), key);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.body().get("applicationId").asText()).isEqualTo(applicationId);

        Reply otherBody = platformPost("/api/integration/opening-applications", application("月光影院"), key);
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.body().get("code").asText()).isEqualTo("idempotency-key-reused");

        Reply mine = gateway.get("/api/integration/opening-applications", platform);
        assertThat(mine.body().get("items").findValuesAsText("applicationId")).containsExactly(applicationId);
    }

    @Test
    @Order(4)
    void the_platform_gets_each_signed_status_callback_once_in_order_as_the_brigade_processes_the_application() {
        String base = "/api/inspection/opening-applications/" + applicationId;
        brigadePost(base + "/acceptance", null);
        String checkDate = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3).toString();
        brigadePost(base + "/check-schedule", Map.of("checkDate", checkDate));
        brigadePost(base + "/check-result", Map.of("passed", true));

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(callbacksAbout(applicationId)).hasSize(4));
        List<Callback> callbacks = callbacksAbout(applicationId);
        assertThat(callbacks).allSatisfy(c -> {
            assertThat(c.signatureValid()).as("signature of " + c.deliveryId()).isTrue();
            assertThat(c.attempt()).isEqualTo(1);
            assertThat(c.deliveryId()).isEqualTo(c.event().get("id").asText());
        });
        assertThat(callbacks.stream().map(Callback::deliveryId).distinct()).hasSize(4);
        assertThat(callbacks.stream().map(c -> c.event().at("/data/sequence").asLong()))
                .containsExactly(1L, 2L, 3L, 4L);
        assertThat(callbacks.stream().map(c -> c.event().at("/data/status").asText()))
                .containsExactly("SUBMITTED", "ACCEPTED", "CHECK_SCHEDULED", "APPROVED");
        assertThat(callbacks.get(0).event().get("type").asText())
                .isEqualTo("firegov.inspection.opening-application.submitted.v1");
        assertThat(callbacks.get(3).event().get("type").asText())
                .isEqualTo("firegov.inspection.opening-application.status-changed.v1");
        assertThat(callbacks.get(2).event().at("/data/checkDate").asText()).isEqualTo(checkDate);
        // a signature with another secret does not verify
        assertThat(verify("another-secret-another-secret-xx", callbacks.get(0).timestamp(),
                callbacks.get(0).rawBody(), callbacks.get(0).signature())).isFalse();

        Reply status = gateway.get("/api/integration/opening-applications/" + applicationId, platform);
        assertThat(status.body().get("status").asText()).isEqualTo("APPROVED");
        assertThat(status.body().get("sequence").asLong()).isEqualTo(4);

        Reply log = gateway.get("/api/integration/deliveries?subject=" + applicationId, platform);
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.body().get("items").findValuesAsText("status")).hasSize(4).containsOnly("DELIVERED");
        // and nothing more arrives for it
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(callbacksAbout(applicationId)).hasSize(4));
    }

    @Test
    @Order(5)
    void a_public_report_reaches_the_brigade_and_its_progress_comes_back_as_signed_callbacks() {
        Reply unit = gateway.post("/api/inspection/units", brigade, Map.of("creditCode", UNIT, "name", "星光影院",
                "address", "下堡镇正街1号", "town", "xiabao", "department", "culture",
                "categories", List.of("PUBLIC_GATHERING_PLACE"), "riskGrade", "KEY"));
        assertThat(unit.status()).as(String.valueOf(unit.body())).isEqualTo(201);

        Reply filed = platformPost("/api/integration/reports",
                Map.of("unitId", UNIT, "description", "安全出口被锁闭", "contact", "138****0000"),
                UUID.randomUUID().toString());
        assertThat(filed.status()).as(String.valueOf(filed.body())).isEqualTo(201);
        String reportId = filed.body().get("reportId").asText();

        Instant deadline = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(gateway.get("/api/inspection/hazards/" + reportId, brigade).status()).isEqualTo(200));
        brigadePost("/api/inspection/hazards/" + reportId + "/rectification-order",
                Map.of("requirement", "立即开启安全出口", "deadline", deadline.toString()));

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(callbacksAbout(reportId)).hasSize(2));
        List<Callback> callbacks = callbacksAbout(reportId);
        assertThat(callbacks).allSatisfy(c -> {
            assertThat(c.signatureValid()).isTrue();
            assertThat(c.event().get("type").asText()).isEqualTo("firegov.integration.report.status-changed.v1");
        });
        assertThat(callbacks.stream().map(c -> c.event().at("/data/status").asText()))
                .containsExactly("REPORTED", "RECTIFICATION_ORDERED");
        assertThat(callbacks.stream().map(c -> c.event().at("/data/sequence").asLong())).containsExactly(1L, 2L);
        assertThat(Instant.parse(callbacks.get(1).event().at("/data/deadline").asText())).isEqualTo(deadline);

        Reply status = gateway.get("/api/integration/reports/" + reportId, platform);
        assertThat(status.body().get("stage").asText()).isEqualTo("RECTIFICATION_ORDERED");
    }

    @Test
    @Order(6)
    void the_platform_syncs_the_disclosure_feed_with_its_cursor_and_sees_a_listed_major_hazard() {
        long start = readFeed(0).lastCursor;

        Reply major = gateway.post("/api/inspection/hazards", brigade,
                Map.of("unitId", UNIT, "description", "消防设施严重损坏", "source", "INSPECTION", "major", true));
        assertThat(major.status()).as(String.valueOf(major.body())).isEqualTo(201);
        String hazardId = major.body().get("hazardId").asText();
        Reply listed = gateway.post("/api/inspection/hazards/" + hazardId + "/listing", token("committee1"),
                Map.of("document", "巫溪府督〔2026〕1号", "reason", "消防设施严重损坏，挂牌督办"));
        assertThat(listed.status()).as(String.valueOf(listed.body())).isEqualTo(204);

        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Feed after = readFeed(start);
            assertThat(after.items).anySatisfy(item -> {
                assertThat(item.get("kind").asText()).isEqualTo("MAJOR_HAZARD_LISTED");
                assertThat(item.get("subject").asText()).isEqualTo(hazardId);
                assertThat(item.at("/data/unitId").asText()).isEqualTo(UNIT);
                assertThat(item.at("/data/document").asText()).isEqualTo("巫溪府督〔2026〕1号");
                assertThat(item.get("data").has("reason")).isFalse();
            });
            assertThat(after.items).allSatisfy(item ->
                    assertThat(item.get("cursor").asLong()).isGreaterThan(start));
        });
        // an incremental read from the newest cursor is empty and keeps the cursor
        long newest = readFeed(start).lastCursor;
        Reply empty = gateway.get("/api/integration/disclosures?after=" + newest + "&limit=10", platform);
        assertThat(empty.body().get("items")).isEmpty();
        assertThat(empty.body().get("nextCursor").asLong()).isEqualTo(newest);
    }

    record Feed(List<JsonNode> items, long lastCursor) {
    }

    /** Reads the feed after a cursor page by page (2 items a page) until {@code hasMore} is false. */
    private Feed readFeed(long after) {
        List<JsonNode> items = new ArrayList<>();
        long cursor = after;
        while (true) {
            Reply page = gateway.get("/api/integration/disclosures?after=" + cursor + "&limit=2", platform);
            assertThat(page.status()).as(String.valueOf(page.body())).isEqualTo(200);
            page.body().get("items").forEach(items::add);
            long next = page.body().get("nextCursor").asLong();
            assertThat(next).isGreaterThanOrEqualTo(cursor);
            cursor = next;
            if (!page.body().get("hasMore").asBoolean()) {
                return new Feed(items, cursor);
            }
        }
    }
}
