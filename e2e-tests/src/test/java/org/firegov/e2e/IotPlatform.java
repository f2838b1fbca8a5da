package org.firegov.e2e;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.firegov.events.IntegrationEvents;
import org.firegov.events.iot.DeviceSignalV1;
import org.firegov.events.iot.IotEvents;

/**
 * Plays the county's IoT platform (智慧消防物联网) as the services meet it: a device's signal as a CloudEvent (binary
 * mode, key = device id) on {@code firegov.iot.signal}, which inspection-service consumes and turns into alarms.
 */
final class IotPlatform {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IotPlatform() {
    }

    /** Sends one signal and waits until Kafka has it. */
    static void send(String kafkaBootstrap, DeviceSignalV1 signal) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap,
                ProducerConfig.CLIENT_ID_CONFIG, "e2e-iot-platform"), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(KafkaMessageFactory.createWriter(IotEvents.SIGNAL_TOPIC, signal.deviceId())
                    .writeBinary(CloudEventBuilder.v1().withId(UUID.randomUUID().toString())
                            .withSource(URI.create("/iot-platform/e2e"))
                            .withType(IntegrationEvents.typeOf(DeviceSignalV1.class)).withSubject(signal.deviceId())
                            .withTime(signal.measuredAt().atOffset(ZoneOffset.UTC))
                            .withDataContentType("application/json").withData(JSON.writeValueAsBytes(Map.of(
                                    "deviceId", signal.deviceId(), "unitId", signal.unitId(), "kind", signal.kind(),
                                    "value", signal.value(), "measuredAt", signal.measuredAt().toString()))).build()))
                    .get(30, TimeUnit.SECONDS);
        } catch (JsonProcessingException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send " + signal, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A smoke detector at the unit reporting smoke (烟感报警: value 1) now. */
    static DeviceSignalV1 smoke(String deviceId, String unitId) {
        return new DeviceSignalV1(deviceId, unitId, "SMOKE", 1, Instant.now());
    }
}
