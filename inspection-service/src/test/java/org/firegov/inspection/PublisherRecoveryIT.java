package org.firegov.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.firegov.events.inspection.InspectionEvents;
import org.firegov.testkit.EmbeddedServers;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The event store is the outbox: hazards reported while Kafka is unreachable are stored, and published once the
 * broker is there — none lost, none skipped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedServers.class)
class PublisherRecoveryIT {

    static final int KAFKA_PORT = freePort();
    static EmbeddedKafkaKraftBroker kafka;
    static TcpForwarder forwarder;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void kafkaThatIsNotThereYet(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + KAFKA_PORT);
        registry.add("spring.kafka.producer.properties.max.block.ms", () -> "2000");
        registry.add("spring.kafka.producer.properties.delivery.timeout.ms", () -> "3000");
        registry.add("spring.kafka.producer.properties.request.timeout.ms", () -> "1000");
    }

    @AfterAll
    static void stopKafka() throws IOException {
        if (forwarder != null) {
            forwarder.close();
        }
        if (kafka != null) {
            kafka.destroy();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private RestClient api() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader("Authorization", "Bearer " + Tokens.brigade()).build();
    }

    @Test
    void hazards_reported_while_kafka_is_down_are_published_when_it_comes_back() throws IOException {
        String unit = "91500238MA5U7K3L74";
        assertThat(api().post().uri("/api/inspection/units").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("creditCode", unit, "name", "凤凰小学", "town", "fenghuang", "department", "education",
                        "categories", List.of("SCHOOL"), "riskGrade", "KEY"))
                .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(201);
        List<String> hazards = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<?, ?> created = api().post().uri("/api/inspection/hazards").contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("unitId", unit, "description", "堵塞 " + i, "source", "INSPECTION"))
                    .retrieve().body(Map.class);
            hazards.add((String) created.get("hazardId"));
        }

        kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.afterPropertiesSet();
        // the broker binds a random port; the service's bootstrap address starts answering only now
        forwarder = new TcpForwarder(KAFKA_PORT, kafka.getBrokersAsString());

        Map<String, Object> props = KafkaTestUtils.consumerProps("probe-" + UUID.randomUUID(), "false", kafka);
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
                new ByteArrayDeserializer()).createConsumer()) {
            consumer.subscribe(List.of(InspectionEvents.HAZARD_TOPIC));
            List<String> published = new ArrayList<>();
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
                for (ConsumerRecord<String, byte[]> r : KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500))) {
                    assertThat(KafkaMessageFactory.createReader(r).toEvent().getType())
                            .isEqualTo("firegov.inspection.hazard.reported.v1");
                    published.add(r.key());
                }
                assertThat(published).containsAll(hazards);
            });
        }
    }

    /** Forwards connections from a loopback port to the broker (Kafka clients bootstrap here, then go direct). */
    static final class TcpForwarder implements AutoCloseable {

        private final ServerSocket server;

        TcpForwarder(int port, String target) throws IOException {
            String[] hostPort = target.split(",")[0].split(":");
            server = new ServerSocket(port, 50, java.net.InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        java.net.Socket client = server.accept();
                        java.net.Socket broker = new java.net.Socket(hostPort[0], Integer.parseInt(hostPort[1]));
                        pipe(client, broker);
                        pipe(broker, client);
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "kafka-forwarder");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private static void pipe(java.net.Socket from, java.net.Socket to) {
            Thread thread = new Thread(() -> {
                try {
                    from.getInputStream().transferTo(to.getOutputStream());
                } catch (IOException ignored) {
                    // connection closed
                }
            }, "kafka-forwarder-pipe");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
