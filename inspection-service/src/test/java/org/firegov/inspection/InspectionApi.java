package org.firegov.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.firegov.inspection.unit.UnifiedSocialCreditCode;
import org.firegov.testkit.Tokens;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.web.client.RestClient;

/** A small HTTP and Kafka client for the integration tests of the hazard and unit features. */
public final class InspectionApi {

    public record Response(int status, JsonNode body) {
        public String code() {
            return body == null || body.get("code") == null ? null : body.get("code").asText();
        }
    }

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final int port;
    private final ObjectMapper json;

    public InspectionApi(int port, ObjectMapper json) {
        this.port = port;
        this.json = json;
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

    public Response call(String method, String path, String token, Object body) {
        RestClient.RequestBodySpec request = RestClient.create("http://127.0.0.1:" + port)
                .method(org.springframework.http.HttpMethod.valueOf(method)).uri(path);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((req, res) -> {
            byte[] bytes = res.getBody().readAllBytes();
            return new Response(res.getStatusCode().value(), bytes.length == 0 ? null : json.readTree(bytes));
        });
    }

    public Response post(String path, String token, Object body) {
        return call("POST", path, token, body);
    }

    public Response get(String path, String token) {
        return call("GET", path, token, null);
    }

    public String registerUnit(String town, String department, String riskGrade, List<String> categories) {
        String code = newCreditCode();
        Response created = post("/api/inspection/units", Tokens.brigade(), Map.of("creditCode", code,
                "name", "测试单位" + code.substring(10), "address", "巫溪县", "town", town, "department", department,
                "categories", categories, "riskGrade", riskGrade));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        return code;
    }

    public String reportHazard(String unit, String source, boolean major) {
        Response reported = post("/api/inspection/hazards", Tokens.brigade(),
                Map.of("unitId", unit, "description", "疏散通道堵塞", "source", source, "major", major));
        assertThat(reported.status()).as(String.valueOf(reported.body())).isEqualTo(201);
        return reported.body().get("hazardId").asText();
    }

    /** The CloudEvents published on a topic for one key, in order, waiting until {@code expected} have arrived. */
    public static List<CloudEvent> eventsFor(EmbeddedKafkaBroker kafka, String topic, String key, int expected) {
        Map<String, Object> props = KafkaTestUtils.consumerProps("probe-" + UUID.randomUUID(), "false", kafka);
        List<CloudEvent> events = new ArrayList<>();
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(props,
                new StringDeserializer(), new ByteArrayDeserializer()).createConsumer()) {
            consumer.subscribe(List.of(topic));
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, byte[]> r : KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500))) {
                    if (key.equals(r.key())) {
                        events.add(KafkaMessageFactory.createReader(r).toEvent());
                    }
                }
                return events.size() >= expected;
            });
        }
        return events;
    }
}
