package org.firegov.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/** Reads what a service published: the CloudEvents on a topic for one key, from the beginning, in order. */
public final class KafkaProbe {

    /** The CloudEvents on {@code topic} keyed by {@code key}, waiting (up to 30 s) until {@code done} accepts them. */
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

    private KafkaProbe() {
    }
}
