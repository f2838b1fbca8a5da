package org.firegov.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.firegov.events.inspection.InspectionEvents;
import org.firegov.events.IntegrationEvent;
import org.firegov.events.Topics;
import org.firegov.events.inspection.HazardClosedV1;
import org.firegov.events.inspection.HazardReportedV1;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.RecordedEvents;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.web.client.RestClient;

/** The open-hazards view, fed with recorded inspection events over a real Kafka broker. */
@FireGovServiceTest
class OpenHazardsIT {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    ObjectMapper json;

    private String send(IntegrationEvent event, String subject, String id) {
        RecordedEvents.publish(kafka, json, event, subject, id);
        return id;
    }

    private String reported(String town, String department, boolean major) throws Exception {
        String hazardId = UUID.randomUUID().toString();
        send(new HazardReportedV1(hazardId, "91500238MA5U7K3L74", town, department, "INSPECTION", major,
                Instant.now()), hazardId, UUID.randomUUID().toString());
        return hazardId;
    }

    private JsonNode view(String token) {
        return RestClient.create("http://127.0.0.1:" + port).get().uri("/api/accountability/open-hazards")
                .header("Authorization", "Bearer " + token).retrieve().body(JsonNode.class);
    }

    private int status(String token) {
        return RestClient.create("http://127.0.0.1:" + port).get().uri("/api/accountability/open-hazards")
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                })
                .exchange((req, res) -> res.getStatusCode().value());
    }

    private static long count(JsonNode rows, String key) {
        for (JsonNode row : rows) {
            if (key.equals(row.get("key").asText())) {
                return row.get("open").asLong();
            }
        }
        return 0;
    }

    @Test
    void counts_open_hazards_per_town_and_department_and_scopes_them_to_the_caller() throws Exception {
        JsonNode before = view(Tokens.committee()); // other test classes share the service and may report hazards too
        long dahe = count(before.get("byTown"), "dahe");
        long yulinBefore = count(before.get("byTown"), "yulin");
        long commerce = count(before.get("byDepartment"), "commerce");
        reported("dahe", "education", false);
        reported("dahe", "education", true);
        String closed = reported("dahe", "commerce", false);
        reported("yulin", "commerce", false);
        send(new HazardClosedV1(closed, "91500238MA5U7K3L74", "dahe", "commerce", Instant.now()), closed,
                UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode committee = view(Tokens.committee());
            assertThat(count(committee.get("byTown"), "dahe")).isEqualTo(dahe + 2);
            assertThat(count(committee.get("byTown"), "yulin")).isEqualTo(yulinBefore + 1);
            assertThat(count(committee.get("byDepartment"), "commerce")).isEqualTo(commerce + 1);
        });
        JsonNode education = view(Tokens.department("education"));
        assertThat(education.get("byDepartment").findValuesAsText("key")).containsExactly("education");
        assertThat(education.get("open").asLong()).isEqualTo(count(education.get("byDepartment"), "education"));
        assertThat(education.get("major").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode yulin = view(Tokens.town("yulin"));
        assertThat(yulin.get("byTown").findValuesAsText("key")).containsExactly("yulin");
        assertThat(yulin.get("open").asLong()).isEqualTo(yulinBefore + 1);

        assertThat(status(Tokens.unit("91500238MA5U7K3L74"))).isEqualTo(403);
        assertThat(status(Tokens.govPlatform())).isEqualTo(403);
        assertThat(status(null)).isEqualTo(401);
    }

    @Test
    void an_event_delivered_twice_is_counted_once() throws Exception {
        String hazardId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        HazardReportedV1 event = new HazardReportedV1(hazardId, "91500238MA5U7K3L74", "bailu", "health",
                "GRID_PATROL", false, Instant.now());
        send(event, hazardId, eventId);
        send(event, hazardId, eventId);
        // the same fact under a new event id (a producer re-sending after a crash would reuse the id; this is worse)
        send(event, hazardId, UUID.randomUUID().toString());
        String marker = reported("bailu", "housing", false);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(count(view(Tokens.committee()).get("byDepartment"), "housing")).isEqualTo(1));
        assertThat(count(view(Tokens.committee()).get("byDepartment"), "health")).isEqualTo(1);
        assertThat(marker).isNotBlank();
    }

    @Test
    void poison_records_go_to_the_dead_letter_topic_and_do_not_block_the_stream() throws Exception {
        // not a CloudEvent at all
        kafka.send(new ProducerRecord<>(InspectionEvents.HAZARD_TOPIC, "junk", "hello".getBytes(StandardCharsets.UTF_8))).get();
        // a CloudEvent whose data breaks the contract (no town)
        String invalidId = send(new HazardReportedV1(UUID.randomUUID().toString(), "91500238MA5U7K3L74", "",
                "health", "IOT", false, Instant.now()), "bad-subject", UUID.randomUUID().toString());
        reported("hongchiba", "culture-tourism", false);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(count(view(Tokens.committee()).get("byTown"), "hongchiba")).isEqualTo(1));

        Map<String, Object> props = KafkaTestUtils.consumerProps("dlt-probe-" + UUID.randomUUID(), "false", broker);
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
                new ByteArrayDeserializer()).createConsumer()) {
            consumer.subscribe(List.of(Topics.deadLetter(InspectionEvents.HAZARD_TOPIC)));
            List<String> keys = new java.util.ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                for (ConsumerRecord<String, byte[]> r : KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500))) {
                    keys.add(r.key());
                }
                assertThat(keys).contains("junk", "bad-subject");
            });
        }
        assertThat(invalidId).isNotBlank();
    }
}
