package org.firegov.infrastructure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.web.client.RestClient;

/** HTTP and Kafka helpers for the integration tests of this service. */
public record Api(int port, ObjectMapper json) {

    public record Response(int status, JsonNode body, String contentType) {
    }

    public Response call(String method, String path, String token, Object body) {
        RestClient.RequestBodySpec request = RestClient.create("http://127.0.0.1:" + port)
                .method(HttpMethod.valueOf(method)).uri(path);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((req, res) -> {
            byte[] bytes = res.getBody().readAllBytes();
            return new Response(res.getStatusCode().value(), bytes.length == 0 ? null : json.readTree(bytes),
                    res.getHeaders().getFirst("Content-Type"));
        });
    }

    public Response post(String path, String token, Object body) {
        return call("POST", path, token, body);
    }

    public Response put(String path, String token, Object body) {
        return call("PUT", path, token, body);
    }

    public Response get(String path, String token) {
        return call("GET", path, token, null);
    }

    public static List<String> fields(Response problem) {
        return problem.body().get("errors").findValuesAsText("field");
    }

    /** The CloudEvents on {@code topic} keyed by {@code key}, waiting until {@code done} accepts them. */
    public static List<CloudEvent> eventsFor(EmbeddedKafkaBroker kafka, String topic, String key,
                                             Predicate<List<CloudEvent>> done) {
        Map<String, Object> props = KafkaTestUtils.consumerProps("probe-" + UUID.randomUUID(), "false", kafka);
        List<CloudEvent> events = new ArrayList<>();
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(props,
                new StringDeserializer(), new ByteArrayDeserializer()).createConsumer()) {
            consumer.subscribe(List.of(topic));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, byte[]> r : KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500))) {
                    if (key.equals(r.key())) {
                        events.add(KafkaMessageFactory.createReader(r).toEvent());
                    }
                }
                return done.test(events);
            });
        }
        return events;
    }
}
