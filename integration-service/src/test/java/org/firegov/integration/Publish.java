package org.firegov.integration;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEvents;
import org.springframework.kafka.core.KafkaTemplate;

/** Publishes integration events onto the embedded Kafka the way the producing services do (binary CloudEvents). */
public final class Publish {

    private final KafkaTemplate<String, byte[]> kafka;
    private final ObjectMapper json;

    public Publish(KafkaTemplate<String, byte[]> kafka, ObjectMapper json) {
        this.kafka = kafka;
        this.json = json;
    }

    /** @return the CloudEvent id */
    public String event(String source, String key, IntegrationEvent event) {
        return event(UUID.randomUUID().toString(), source, key, event);
    }

    public String event(String id, String source, String key, IntegrationEvent event) {
        try {
            CloudEvent cloudEvent = CloudEventBuilder.v1().withId(id).withSource(URI.create(source))
                    .withType(IntegrationEvents.typeOf(event.getClass())).withSubject(key)
                    .withTime(OffsetDateTime.now()).withDataContentType("application/json")
                    .withData(json.writeValueAsBytes(event)).build();
            kafka.send(KafkaMessageFactory.createWriter(IntegrationEvents.topicOf(event.getClass()), key)
                    .writeBinary(cloudEvent)).get();
            return id;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
