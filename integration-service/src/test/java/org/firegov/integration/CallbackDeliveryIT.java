package org.firegov.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.firegov.events.inspection.HazardClosedV1;
import org.firegov.events.inspection.HazardRectificationOrderedV1;
import org.firegov.events.inspection.HazardReportedV1;
import org.firegov.events.inspection.OpeningApplicationStatusChangedV1;
import org.firegov.events.inspection.PublicReportFiledV1;
import org.firegov.events.inspection.OpeningApplicationSubmittedV1;
import org.firegov.testkit.ApiClient;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.TestIssuer;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;

/** Status callbacks to a real HTTP receiver: signed, retried with backoff, in order, parked and redelivered. */
@FireGovServiceTest
@TestPropertySource(properties = {IntegrationTestSettings.FAST_CALLBACKS, IntegrationTestSettings.FAST_BACKOFF,
        IntegrationTestSettings.SHORT_BACKOFF_CAP, IntegrationTestSettings.FEW_ATTEMPTS})
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CallbackDeliveryIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    ObjectMapper json;

    ApiClient api;
    Publish publish;
    Receiver receiver;
    String client;
    String secret;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        publish = new Publish(kafka, json);
        receiver = new Receiver();
        client = "platform-" + UUID.randomUUID();
        secret = "s3cret-" + UUID.randomUUID();
        Reply registered = api.put("/api/integration/callback", token(),
                Map.of("url", receiver.url(), "secret", secret));
        assertThat(registered.status()).as(String.valueOf(registered.body())).isEqualTo(200);
    }

    @AfterEach
    void tearDown() {
        receiver.close();
    }

    private String token() {
        return TestIssuer.get().token("service-account-" + client, List.of("gov-platform"), Map.of("azp", client));
    }

    /** Events 1…n of one application, as inspection-service publishes them. */
    private String applicationWithSteps(int steps) {
        String id = UUID.randomUUID().toString();
        publish.event("/firegov/inspection", id, new OpeningApplicationSubmittedV1(id, client, 1, "星光影院",
                "91500238MA5U7K3L74", "xiabao", "下堡镇正街1号", "SUBMITTED",
                List.of(new OpeningApplicationSubmittedV1.Attachment("承诺书.pdf", "https://zwfw.example/1",
                        "ab".repeat(32))), Instant.now()));
        String[] statuses = {"ACCEPTED", "CHECK_SCHEDULED", "APPROVED"};
        for (int step = 2; step <= steps; step++) {
            publish.event("/firegov/inspection", id, new OpeningApplicationStatusChangedV1(id, client, step,
                    statuses[(step - 2) % 3], null, LocalDate.now().plusDays(20), null, Instant.now()));
        }
        return id;
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hmac(String secret, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "v1=" + HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_callback_is_a_signed_cloud_event_the_receiver_can_verify() throws Exception {
        String id = applicationWithSteps(1);

        await().atMost(PATIENCE).until(() -> receiver.accepted().size() == 1);
        Receiver.Request request = receiver.accepted().get(0);
        String timestamp = request.header("X-FireGov-Timestamp");
        assertThat(request.header("X-FireGov-Signature")).isEqualTo(hmac(secret, timestamp + "." + request.body()));
        assertThat(request.header("X-FireGov-Signature")).isNotEqualTo(hmac("wrong-" + secret,
                timestamp + "." + request.body()));
        assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp))).isLessThan(300);
        assertThat(request.header("Content-Type")).startsWith("application/cloudevents+json");
        JsonNode event = read(request.body());
        assertThat(event.get("specversion").asText()).isEqualTo("1.0");
        assertThat(event.get("id").asText()).isEqualTo(request.header("X-FireGov-Delivery"));
        assertThat(event.get("type").asText()).isEqualTo("firegov.inspection.opening-application.submitted.v1");
        assertThat(event.get("source").asText()).isEqualTo("/firegov/inspection");
        assertThat(event.get("subject").asText()).isEqualTo(id);
        assertThat(event.get("data").get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(event.get("data").get("sequence").asLong()).isEqualTo(1);
    }

    @Test
    void a_receiver_that_fails_five_times_then_recovers_gets_every_event_once_in_order() {
        receiver.failFirst(5);
        String id = applicationWithSteps(4);

        await().atMost(PATIENCE).until(() -> receiver.accepted().size() == 4);
        assertThat(receiver.accepted()).extracting(r -> read(r.body()).get("data").get("sequence").asLong())
                .containsExactly(1L, 2L, 3L, 4L);
        assertThat(receiver.accepted()).extracting(r -> r.header("X-FireGov-Delivery")).doesNotHaveDuplicates();
        // the five failures were all the first event: nothing later overtook it
        assertThat(receiver.requests().subList(0, 6)).extracting(r -> read(r.body()).get("data").get("sequence")
                .asLong()).containsOnly(1L);
        assertThat(receiver.requests().subList(0, 6)).extracting(r -> r.header("X-FireGov-Attempt"))
                .containsExactly("1", "2", "3", "4", "5", "6");
        Reply log = api.get("/api/integration/deliveries/" + receiver.accepted().get(0).header("X-FireGov-Delivery"),
                token());
        assertThat(log.body().get("delivery").get("status").asText()).isEqualTo("DELIVERED");
        assertThat(log.body().get("attempts")).hasSize(6);
        assertThat(log.body().get("attempts").get(0).get("httpStatus").asInt()).isEqualTo(500);
        assertThat(api.get("/api/integration/deliveries?subject=" + id, token()).body().get("total").asInt())
                .isEqualTo(4);
    }

    @Test
    void a_parked_delivery_blocks_only_its_own_application_until_it_is_redelivered() {
        String stuck = UUID.randomUUID().toString();
        receiver.failWhen(body -> body.contains(stuck));
        String blocked = publishStuck(stuck);
        String other = applicationWithSteps(2);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.get(
                "/api/integration/deliveries?status=PARKED", token()).body().get("items").findValuesAsText("id"))
                .containsExactly(blocked));
        await().atMost(PATIENCE).until(() -> receiver.accepted().size() == 2);
        assertThat(receiver.accepted()).allSatisfy(r -> assertThat(r.body()).contains(other));
        assertThat(receiver.requests()).filteredOn(r -> r.body().contains(stuck))
                .hasSize(8)
                .allSatisfy(r -> assertThat(read(r.body()).get("data").get("sequence").asLong()).isEqualTo(1));

        receiver.failWhen(body -> false);
        String key = UUID.randomUUID().toString();
        Reply redelivered = api.call(HttpMethod.POST, "/api/integration/deliveries/" + blocked + "/redelivery",
                token(), null, Map.of("Idempotency-Key", key));
        assertThat(redelivered.status()).isEqualTo(202);
        await().atMost(PATIENCE).until(() -> receiver.accepted().size() == 4);
        assertThat(receiver.accepted().subList(2, 4)).extracting(r -> read(r.body()).get("data").get("sequence")
                .asLong()).containsExactly(1L, 2L);

        Reply sameKeyOtherRequest = api.call(HttpMethod.POST, "/api/integration/deliveries/" + other + "/redelivery",
                token(), null, Map.of("Idempotency-Key", key));
        assertThat(sameKeyOtherRequest.status()).isEqualTo(422);
        assertThat(sameKeyOtherRequest.code()).isEqualTo("idempotency-key-reused");
        Reply notParked = api.call(HttpMethod.POST, "/api/integration/deliveries/" + blocked + "/redelivery",
                token(), null, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(notParked.code()).isEqualTo("delivery-not-parked");
    }

    private String publishStuck(String id) {
        String first = publish.event("/firegov/inspection", id, new OpeningApplicationSubmittedV1(id, client, 1,
                "夜色KTV", "91500238MA5U7K3L74", "xiabao", "下堡镇正街2号", "SUBMITTED", List.of(), Instant.now()));
        publish.event("/firegov/inspection", id, new OpeningApplicationStatusChangedV1(id, client, 2, "ACCEPTED",
                null, LocalDate.now().plusDays(20), null, Instant.now()));
        return first;
    }

    @Test
    void a_public_reports_statuses_reach_the_client_that_filed_it_in_order_even_when_the_filing_comes_late() {
        String report = UUID.randomUUID().toString();
        String unit = "91500238MA5U7K3L74";
        publish.event("/firegov/inspection", report, new HazardReportedV1(report, unit, "xiabao", "culture",
                "PUBLIC_REPORT", false, Instant.now()));
        publish.event("/firegov/inspection", report, new HazardRectificationOrderedV1(report, unit, "xiabao",
                "culture", Instant.parse("2030-01-01T00:00:00Z"), Instant.now()));
        String ordinary = UUID.randomUUID().toString();
        publish.event("/firegov/inspection", ordinary, new HazardReportedV1(ordinary, unit, "xiabao", "culture",
                "INSPECTION", false, Instant.now()));
        publish.event("/firegov/inspection", report, new PublicReportFiledV1(report, client, unit, Instant.now()));
        publish.event("/firegov/inspection", report, new HazardClosedV1(report, unit, "xiabao", "culture",
                Instant.now()));

        await().atMost(PATIENCE).until(() -> receiver.accepted().size() >= 3);
        assertThat(receiver.accepted()).extracting(r -> read(r.body()).get("data").get("status").asText())
                .containsExactly("REPORTED", "RECTIFICATION_ORDERED", "CLOSED");
        assertThat(receiver.accepted()).extracting(r -> read(r.body()).get("data").get("sequence").asLong())
                .containsExactly(1L, 2L, 3L);
        JsonNode ordered = read(receiver.accepted().get(1).body());
        assertThat(ordered.get("type").asText()).isEqualTo("firegov.integration.report.status-changed.v1");
        assertThat(ordered.get("subject").asText()).isEqualTo(report);
        assertThat(ordered.get("data").get("deadline").asText()).isEqualTo("2030-01-01T00:00:00Z");
        assertThat(receiver.requests()).noneMatch(r -> r.body().contains(ordinary));
    }

    @Test
    void another_clients_deliveries_are_not_found_and_other_roles_are_refused() {
        String id = applicationWithSteps(1);
        await().atMost(PATIENCE).until(() -> receiver.accepted().size() == 1);
        String delivery = receiver.accepted().get(0).header("X-FireGov-Delivery");

        String stranger = TestIssuer.get().token("other", List.of("gov-platform"), Map.of("azp", "other-platform"));
        assertThat(api.get("/api/integration/deliveries/" + delivery, stranger).status()).isEqualTo(404);
        assertThat(api.get("/api/integration/deliveries/" + delivery, Tokens.brigade()).status()).isEqualTo(403);
        assertThat(api.get("/api/integration/deliveries?subject=" + id, Tokens.department("education")).status())
                .isEqualTo(403);
        assertThat(api.get("/api/integration/disclosures", null).status()).isEqualTo(401);
    }

    @Test
    void a_callback_url_must_be_https_except_on_localhost_and_the_secret_long_enough() {
        Reply plainHttp = api.put("/api/integration/callback", token(),
                Map.of("url", "http://platform.example/cb", "secret", secret));
        Reply shortSecret = api.put("/api/integration/callback", token(),
                Map.of("url", "https://platform.example/cb", "secret", "short"));
        assertThat(plainHttp.status()).isEqualTo(400);
        assertThat(plainHttp.errorFields()).containsExactly("url");
        assertThat(shortSecret.errorFields()).containsExactly("secret");
        assertThat(api.get("/api/integration/callback", token()).body().get("url").asText()).isEqualTo(receiver.url());
    }
}
