package org.firegov.kit.publish;

import java.time.Instant;
import java.util.function.BiFunction;

import org.firegov.events.IntegrationEvent;

/**
 * Turns one kind of private domain event into its public integration event. A service declares one bean per
 * domain event it makes public; domain events without a mapper stay private.
 */
public interface IntegrationEventMapper<D> {

    Class<D> domainEventType();

    /**
     * @param occurredAt the domain event's timestamp (never "now": a re-send must carry the same data)
     */
    IntegrationEvent map(D domainEvent, Instant occurredAt);

    static <D> IntegrationEventMapper<D> of(Class<D> domainEventType,
                                            BiFunction<D, Instant, ? extends IntegrationEvent> mapping) {
        return new IntegrationEventMapper<>() {
            @Override
            public Class<D> domainEventType() {
                return domainEventType;
            }

            @Override
            public IntegrationEvent map(D domainEvent, Instant occurredAt) {
                return mapping.apply(domainEvent, occurredAt);
            }
        };
    }
}
