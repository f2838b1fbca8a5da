package org.firegov.inspection.iot;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.firegov.events.IntegrationEvents;
import org.firegov.events.iot.DeviceSignalV1;
import org.firegov.events.iot.IotEvents;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/** Plays the county IoT platform in tests: device signals as CloudEvents (binary mode), keyed by device id. */
final class Signals {

    private final KafkaTemplate<String, byte[]> kafka;
    private final ObjectMapper json;

    Signals(KafkaTemplate<String, byte[]> kafka, ObjectMapper json) {
        this.kafka = kafka;
        this.json = json;
    }

    CompletableFuture<SendResult<String, byte[]>> send(DeviceSignalV1 signal) {
        try {
            return kafka.send(KafkaMessageFactory.createWriter(IotEvents.SIGNAL_TOPIC, signal.deviceId())
                    .writeBinary(CloudEventBuilder.v1().withId(UUID.randomUUID().toString())
                            .withSource(URI.create("/iot-platform")).withType(IntegrationEvents.typeOf(DeviceSignalV1.class))
                            .withSubject(signal.deviceId()).withTime(signal.measuredAt().atOffset(ZoneOffset.UTC))
                            .withDataContentType("application/json").withData(json.writeValueAsBytes(signal)).build()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
