package org.firegov.kit.consume;

import java.util.function.BiConsumer;

import org.firegov.events.IntegrationEvent;

/**
 * Reacts to one integration event type from another service. The kit has already parsed the CloudEvent,
 * validated the data and dropped duplicates (by CloudEvent id); implementations should still be idempotent
 * in themselves (e.g. upsert by aggregate id), because a crash between handling and remembering the id
 * re-delivers the event.
 */
public interface IntegrationEventHandler<T extends IntegrationEvent> {

    Class<T> eventType();

    void handle(T event, ReceivedEvent context);

    static <T extends IntegrationEvent> IntegrationEventHandler<T> of(Class<T> eventType,
                                                                      BiConsumer<T, ReceivedEvent> handling) {
        return new IntegrationEventHandler<>() {
            @Override
            public Class<T> eventType() {
                return eventType;
            }

            @Override
            public void handle(T event, ReceivedEvent context) {
                handling.accept(event, context);
            }
        };
    }
}
