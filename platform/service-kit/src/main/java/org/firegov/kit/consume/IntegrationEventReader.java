package org.firegov.kit.consume;

import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads a Kafka record as a CloudEvent and its data as the contract's record, validated (other services' events
 * are input like any other). Anything that can never be read is an {@link InvalidIntegrationEvent}.
 */
class IntegrationEventReader {

    private final ObjectMapper json;
    private final Validator validator;

    IntegrationEventReader(ObjectMapper json, Validator validator) {
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.validator = validator;
    }

    static CloudEvent envelope(ConsumerRecord<String, byte[]> record) {
        try {
            return KafkaMessageFactory.createReader(record).toEvent();
        } catch (RuntimeException e) {
            throw new InvalidIntegrationEvent("not a CloudEvent: " + e.getMessage(), e);
        }
    }

    <T> T data(CloudEvent cloudEvent, Class<T> type) {
        if (cloudEvent.getData() == null) {
            throw new InvalidIntegrationEvent(cloudEvent.getType() + " " + cloudEvent.getId() + " has no data");
        }
        T event;
        try {
            event = json.readValue(cloudEvent.getData().toBytes(), type);
        } catch (IOException e) {
            throw new InvalidIntegrationEvent("unreadable data in " + cloudEvent.getType() + " " + cloudEvent.getId()
                    + ": " + e.getMessage(), e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(event);
        if (!violations.isEmpty()) {
            throw new InvalidIntegrationEvent("invalid " + cloudEvent.getType() + " " + cloudEvent.getId() + ": "
                    + violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted().collect(Collectors.joining(", ")));
        }
        return event;
    }
}
