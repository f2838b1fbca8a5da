package org.firegov.integration.callback;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;

/** A callback body: a CloudEvent in structured JSON mode with JSON data, exactly the text that is signed. */
final class StructuredCloudEvent {

    static String of(ObjectMapper json, String id, URI source, String type, String subject, OffsetDateTime time,
                     Object data) {
        try {
            return new String(new JsonFormat().serialize(CloudEventBuilder.v1().withId(id).withSource(source)
                    .withType(type).withSubject(subject).withTime(time).withDataContentType("application/json")
                    .withData(json.writeValueAsBytes(data)).build()), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + type + " " + id, e);
        }
    }

    private StructuredCloudEvent() {
    }
}
