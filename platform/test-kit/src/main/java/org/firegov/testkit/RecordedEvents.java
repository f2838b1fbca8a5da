package org.firegov.testkit;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEvents;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes a recorded integration event as another service would (a CloudEvent on the event's topic, keyed by
 * its subject), for testing a consumer without the producing service.
 */
public final class RecordedEvents {

    /** Publishes the event with a fresh CloudEvent id and waits until Kafka has it; returns the id. */
    public static String publish(KafkaTemplate<String, byte[]> kafka, ObjectMapper json, IntegrationEvent event,
                                 String subject) {
        String id = UUID.randomUUID().toString();
        publish(kafka, json, event, subject, id);
        return id;
    }

    /** Publishes the event under a given CloudEvent id (to test duplicate deliveries) and waits until Kafka has it. */
    public static void publish(KafkaTemplate<String, byte[]> kafka, ObjectMapper json, IntegrationEvent event,
                               String subject, String id) {
        try {
            kafka.send(KafkaMessageFactory.createWriter(IntegrationEvents.topicOf(event.getClass()), subject)
                    .writeBinary(CloudEventBuilder.v1().withId(id).withSource(URI.create("/firegov/recorded"))
                            .withType(IntegrationEvents.typeOf(event.getClass())).withSubject(subject)
                            .withTime(Instant.now().atOffset(ZoneOffset.UTC)).withDataContentType("application/json")
                            .withData(json.writeValueAsBytes(event)).build())).get();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + event, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + event, e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Kafka refused " + event, e.getCause());
        }
    }

    private RecordedEvents() {
    }
}
