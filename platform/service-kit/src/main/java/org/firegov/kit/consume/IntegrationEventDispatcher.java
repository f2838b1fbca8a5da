package org.firegov.kit.consume;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import jakarta.validation.Validator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEvents;
import org.firegov.kit.publish.IntegrationEventPublisher;
import org.firegov.kit.web.CorrelationIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.listener.MessageListener;

/**
 * Reads CloudEvents from Kafka and hands each to the service's {@link IntegrationEventHandler} for its type:
 * parse, validate (other services' events are input like any other), drop duplicates, handle, remember.
 * Errors propagate to the container's error handler: bounded retries, then {@code <topic>.DLT}.
 */
public class IntegrationEventDispatcher implements MessageListener<String, byte[]> {

    private static final Logger log = LoggerFactory.getLogger(IntegrationEventDispatcher.class);

    private final Map<String, IntegrationEventHandler<?>> handlersByType;
    private final ProcessedEvents processed;
    private final IntegrationEventReader reader;

    public IntegrationEventDispatcher(List<IntegrationEventHandler<?>> handlers, ProcessedEvents processed,
                                      ObjectMapper json, Validator validator) {
        this.handlersByType = handlers.stream().collect(Collectors.toMap(
                handler -> IntegrationEvents.typeOf(handler.eventType()), Function.identity()));
        this.processed = processed;
        this.reader = new IntegrationEventReader(json, validator);
    }

    /** The topics the handlers' event types travel on. */
    public Set<String> topics() {
        return handlersByType.values().stream()
                .map(handler -> IntegrationEvents.topicOf(handler.eventType()))
                .collect(Collectors.toSet());
    }

    @Override
    public void onMessage(ConsumerRecord<String, byte[]> record) {
        CloudEvent cloudEvent = IntegrationEventReader.envelope(record);
        IntegrationEventHandler<?> handler = handlersByType.get(cloudEvent.getType());
        if (handler == null) {
            return; // a type this service does not care about (or a newer version it does not know yet)
        }
        ReceivedEvent received = received(cloudEvent, record);
        if (processed.contains(received.id())) {
            log.debug("Skipping duplicate {} {}", received.type(), received.id());
            return;
        }
        if (received.correlationId() != null) {
            MDC.put(CorrelationIdFilter.MDC_KEY, received.correlationId());
        }
        try {
            handle(handler, cloudEvent, received);
            processed.remember(received);
        } finally {
            MDC.remove(CorrelationIdFilter.MDC_KEY);
        }
    }

    private <T extends IntegrationEvent> void handle(IntegrationEventHandler<T> handler, CloudEvent cloudEvent,
                                                     ReceivedEvent received) {
        handler.handle(reader.data(cloudEvent, handler.eventType()), received);
    }

    private static ReceivedEvent received(CloudEvent cloudEvent, ConsumerRecord<String, byte[]> record) {
        Object correlationId = cloudEvent.getExtension(IntegrationEventPublisher.CORRELATION_EXTENSION);
        return new ReceivedEvent(cloudEvent.getId(), cloudEvent.getType(), String.valueOf(cloudEvent.getSource()),
                cloudEvent.getSubject(), cloudEvent.getTime(), correlationId == null ? null : correlationId.toString(),
                record.topic(), record.partition(), record.offset());
    }
}
