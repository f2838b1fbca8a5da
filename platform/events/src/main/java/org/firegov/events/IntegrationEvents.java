package org.firegov.events;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.firegov.events.accountability.AccountabilityEvents;
import org.firegov.events.infrastructure.InfrastructureEvents;
import org.firegov.events.inspection.InspectionEvents;
import org.firegov.events.iot.IotEvents;
import org.firegov.events.training.TrainingEvents;

/** The catalogue of every integration event type FireGov publishes (see docs/events.md). */
public final class IntegrationEvents {

    private static final Map<String, Class<? extends IntegrationEvent>> BY_TYPE = Stream.of(
                    InspectionEvents.ALL, AccountabilityEvents.ALL, TrainingEvents.ALL, InfrastructureEvents.ALL,
                    IotEvents.ALL)
            .flatMap(List::stream)
            .collect(Collectors.toUnmodifiableMap(IntegrationEvents::typeOf, Function.identity()));

    public static String typeOf(Class<? extends IntegrationEvent> eventClass) {
        return annotation(eventClass).value();
    }

    public static String topicOf(Class<? extends IntegrationEvent> eventClass) {
        return annotation(eventClass).topic();
    }

    public static Optional<Class<? extends IntegrationEvent>> classOf(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /** Every topic an integration event travels on. */
    public static Set<String> topics() {
        return BY_TYPE.values().stream().map(IntegrationEvents::topicOf).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    public static Set<String> types() {
        return BY_TYPE.keySet();
    }

    private static IntegrationEventType annotation(Class<?> eventClass) {
        IntegrationEventType type = eventClass.getAnnotation(IntegrationEventType.class);
        if (type == null) {
            throw new IllegalArgumentException(eventClass.getName() + " lacks @IntegrationEventType; known: "
                    + Arrays.toString(BY_TYPE.keySet().toArray()));
        }
        return type;
    }

    private IntegrationEvents() {
    }
}
