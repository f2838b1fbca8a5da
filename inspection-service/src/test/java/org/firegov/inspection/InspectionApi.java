package org.firegov.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.cloudevents.CloudEvent;
import org.firegov.kit.validation.UnifiedSocialCreditCode;
import org.firegov.testkit.ApiClient;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.KafkaProbe;
import org.firegov.testkit.Tokens;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** The test kit's {@link ApiClient} plus the steps the hazard and unit tests repeat. */
public final class InspectionApi {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final ApiClient http;

    public InspectionApi(int port) {
        this.http = new ApiClient(port);
    }

    /** A fresh, valid unified social credit code, so tests sharing one database never collide. */
    public static String newCreditCode() {
        StringBuilder code = new StringBuilder("91500238MA");
        for (int i = 0; i < 7; i++) {
            code.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        for (char check : ALPHABET.toCharArray()) {
            if (UnifiedSocialCreditCode.isValid(code.toString() + check)) {
                return code.toString() + check;
            }
        }
        throw new IllegalStateException("no check character for " + code);
    }

    public Reply call(String method, String path, String token, Object body) {
        return http.call(HttpMethod.valueOf(method), path, token, body, Map.of());
    }

    public Reply post(String path, String token, Object body) {
        return http.post(path, token, body);
    }

    public Reply get(String path, String token) {
        return http.get(path, token);
    }

    public String registerUnit(String town, String department, String riskGrade, List<String> categories) {
        String code = newCreditCode();
        Reply created = post("/api/inspection/units", Tokens.brigade(), Map.of("creditCode", code,
                "name", "测试单位" + code.substring(10), "address", "巫溪县", "town", town, "department", department,
                "categories", categories, "riskGrade", riskGrade));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        return code;
    }

    /** A town code of its own, so the units a test registers there are the only ones in it. */
    public static String newTown() {
        return "t" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    /** Registers a unit and waits until the registry (read model) lists it, as later steps read it from there. */
    public String registerVisibleUnit(String town, String department, String riskGrade, List<String> categories) {
        String unit = registerUnit(town, department, riskGrade, categories);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                get("/api/inspection/units/" + unit, Tokens.brigade()).status() == 200);
        return unit;
    }

    public String reportHazard(String unit, String source, boolean major) {
        Reply reported = post("/api/inspection/hazards", Tokens.brigade(),
                Map.of("unitId", unit, "description", "疏散通道堵塞", "source", source, "major", major));
        assertThat(reported.status()).as(String.valueOf(reported.body())).isEqualTo(201);
        return reported.body().get("hazardId").asText();
    }

    /** The CloudEvents published on a topic for one key, in order, waiting until {@code expected} have arrived. */
    public static List<CloudEvent> eventsFor(EmbeddedKafkaBroker kafka, String topic, String key, int expected) {
        return KafkaProbe.eventsFor(kafka, topic, key, events -> events.size() >= expected);
    }
}
