package org.firegov.kit.consume;

import java.util.List;
import java.util.function.BiConsumer;

import org.firegov.events.IntegrationEvent;

/**
 * Reacts to a high-volume integration event type a batch at a time (one call per Kafka poll), so the service can
 * aggregate in memory and write once per batch instead of once per event. The kit has already parsed and validated
 * each event and sent unreadable ones to the DLT; unlike {@link IntegrationEventHandler}, ids are not remembered
 * (one lookup per event would defeat batching), so handling must be idempotent in itself. A failing batch is
 * retried as a whole, then each of its records goes to the DLT.
 */
public interface IntegrationEventBatchHandler<T extends IntegrationEvent> {

    Class<T> eventType();

    /**
     * @param events      this poll's valid events of the type, in the order they were read
     * @param deadLetters where to send an event that can never be processed (with the reason); the rest go on
     */
    void handle(List<T> events, DeadLetters<T> deadLetters);

    /** Sends one event of the batch to {@code <topic>.DLT}: its original record, with the reason in the headers. */
    @FunctionalInterface
    interface DeadLetters<T> {
        void send(T event, String reason);
    }

    static <T extends IntegrationEvent> IntegrationEventBatchHandler<T> of(
            Class<T> eventType, BiConsumer<List<T>, DeadLetters<T>> handling) {
        return new IntegrationEventBatchHandler<>() {
            @Override
            public Class<T> eventType() {
                return eventType;
            }

            @Override
            public void handle(List<T> events, DeadLetters<T> deadLetters) {
                handling.accept(events, deadLetters);
            }
        };
    }
}
