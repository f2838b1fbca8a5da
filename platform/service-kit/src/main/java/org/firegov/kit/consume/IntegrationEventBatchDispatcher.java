package org.firegov.kit.consume;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import jakarta.validation.Validator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;

/**
 * The batch counterpart of {@link IntegrationEventDispatcher}: reads a poll's records, sends each unreadable or
 * invalid one straight to the DLT (no retry can fix it) and hands the valid events of each type to its
 * {@link IntegrationEventBatchHandler} in one call. Other failures propagate to the container's error handler.
 */
public class IntegrationEventBatchDispatcher implements BatchMessageListener<String, byte[]> {

    private static final Logger log = LoggerFactory.getLogger(IntegrationEventBatchDispatcher.class);

    private final Map<String, IntegrationEventBatchHandler<?>> handlersByType;
    private final IntegrationEventReader reader;
    private final ConsumerRecordRecoverer deadLetters;

    public IntegrationEventBatchDispatcher(List<IntegrationEventBatchHandler<?>> handlers, ObjectMapper json,
                                           Validator validator, ConsumerRecordRecoverer deadLetters) {
        this.handlersByType = handlers.stream().collect(Collectors.toMap(
                handler -> IntegrationEvents.typeOf(handler.eventType()), Function.identity()));
        this.reader = new IntegrationEventReader(json, validator);
        this.deadLetters = deadLetters;
    }

    /** The topics the handlers' event types travel on. */
    public Set<String> topics() {
        return handlersByType.values().stream()
                .map(handler -> IntegrationEvents.topicOf(handler.eventType()))
                .collect(Collectors.toSet());
    }

    @Override
    public void onMessage(List<ConsumerRecord<String, byte[]>> records) {
        Map<IntegrationEventBatchHandler<?>, Batch> batches = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                CloudEvent cloudEvent = IntegrationEventReader.envelope(record);
                IntegrationEventBatchHandler<?> handler = handlersByType.get(cloudEvent.getType());
                if (handler != null) {
                    batches.computeIfAbsent(handler, h -> new Batch())
                            .add(reader.data(cloudEvent, handler.eventType()), record);
                }
            } catch (InvalidIntegrationEvent invalid) {
                deadLetter(record, invalid);
            }
        }
        batches.forEach(this::handle);
    }

    @SuppressWarnings("unchecked")
    private <T extends IntegrationEvent> void handle(IntegrationEventBatchHandler<T> handler, Batch batch) {
        handler.handle((List<T>) (List<?>) batch.events, (event, reason) ->
                deadLetter(batch.records.get(event), new InvalidIntegrationEvent(reason)));
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, InvalidIntegrationEvent reason) {
        log.warn("Dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                reason.getMessage());
        deadLetters.accept(record, reason);
    }

    /** One handler's events in the order read, and the record each came from (by identity: records may be equal). */
    private static final class Batch {
        final List<Object> events = new ArrayList<>();
        final Map<Object, ConsumerRecord<String, byte[]>> records = new IdentityHashMap<>();

        void add(Object event, ConsumerRecord<String, byte[]> record) {
            events.add(event);
            records.put(event, record);
        }
    }
}
