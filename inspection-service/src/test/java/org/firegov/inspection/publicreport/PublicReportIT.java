package org.firegov.inspection.publicreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import org.firegov.events.inspection.InspectionEvents;
import org.firegov.inspection.InspectionApi;
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

/** Public hazard reports (群众举报) filed by the government-service platform and followed by it. */
@FireGovServiceTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PublicReportIT {

    private static final String PATH = "/api/inspection/platform/reports";

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker kafka;

    InspectionApi api;

    @BeforeEach
    void setUp() {
        api = new InspectionApi(port);
    }

    private static String client(String clientId) {
        return TestIssuer.get().token("service-account-" + clientId, List.of("gov-platform"), Map.of("azp", clientId));
    }

    private Reply file(String token, Map<String, Object> body) {
        return new ApiClient(port).call(HttpMethod.POST, PATH, token, body,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    @Test
    void the_platform_files_a_report_that_becomes_a_public_report_hazard_and_follows_its_progress() {
        String unit = api.registerUnit("xiabao", "culture", "KEY", List.of("PUBLIC_GATHERING_PLACE"));
        Reply filed = file(client("gov-platform"), Map.of("unitId", unit, "description", "安全出口被锁",
                "contact", "138****0000"));
        assertThat(filed.status()).as(String.valueOf(filed.body())).isEqualTo(201);
        String report = filed.body().get("reportId").asText();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Reply hazard = api.get("/api/inspection/hazards/" + report, Tokens.brigade());
            assertThat(hazard.status()).isEqualTo(200);
            assertThat(hazard.body().get("source").asText()).isEqualTo("PUBLIC_REPORT");
        });
        assertThat(api.post("/api/inspection/hazards/" + report + "/rectification-order", Tokens.brigade(),
                Map.of("requirement", "立即开启安全出口", "deadline", Instant.now().plus(Duration.ofDays(3)).toString()))
                .status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Reply status = api.get(PATH + "/" + report, client("gov-platform"));
            assertThat(status.status()).isEqualTo(200);
            assertThat(status.body().get("stage").asText()).isEqualTo("RECTIFICATION_ORDERED");
            assertThat(status.body().has("description")).isFalse();
        });
        List<CloudEvent> events = KafkaProbe.eventsFor(kafka, InspectionEvents.PUBLIC_REPORT_TOPIC,
                PublicReport.filingOf(report),
                received -> !received.isEmpty());
        assertThat(events.get(0).getType()).isEqualTo("firegov.inspection.public-report.filed.v1");
        assertThat(new String(events.get(0).getData().toBytes())).contains("\"clientId\":\"gov-platform\"");

        assertThat(api.get(PATH + "/" + report, client("another-platform")).status()).isEqualTo(404);
    }

    @Test
    void a_report_on_an_unknown_unit_is_refused_and_other_roles_may_not_file() {
        Reply unknown = file(client("gov-platform"), Map.of("unitId", "91500238MA5U7K3L74", "description", "堆放杂物"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.code()).isEqualTo("unknown-unit");
        assertThat(file(Tokens.department("education"), Map.of("unitId", "91500238MA5U7K3L74",
                "description", "堆放杂物")).status()).isEqualTo(403);
        assertThat(file(client("gov-platform"), Map.of("unitId", "x", "description", "")).errorFields())
                .contains("unitId", "description");
    }
}
