package org.firegov.kit.publish;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEvents;
import org.firegov.kit.axon.AuditMetadata;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The event store is the outbox. This handler runs in its own tracking processor ({@value #PROCESSING_GROUP}),
 * maps domain events to integration events and sends them to Kafka as CloudEvents (binary mode). The sends of a
 * batch are awaited before the unit of work commits, and the processor's token is stored in that same transaction,
 * so the token only advances after Kafka has acknowledged: a crash re-sends (same CloudEvent id, consumers
 * dedupe) and never loses. {@link DisallowReplay}: resetting read models never re-publishes.
 */
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
public class IntegrationEventPublisher {

    public static final String PROCESSING_GROUP = "integration-publisher";
    public static final String CORRELATION_EXTENSION = "correlationid";
    private static final long ACK_TIMEOUT_SECONDS = 30;

    private final KafkaTemplate<String, byte[]> kafka;
    private final ObjectMapper json;
    private final URI source;
    private final Map<Class<?>, IntegrationEventMapper<?>> mappers;

    public IntegrationEventPublisher(KafkaTemplate<String, byte[]> kafka, ObjectMapper json, String source,
                                     List<IntegrationEventMapper<?>> mappers) {
        this.kafka = kafka;
        this.json = json;
        this.source = URI.create(source);
        this.mappers = mappers.stream()
                .collect(Collectors.toMap(IntegrationEventMapper::domainEventType, Function.identity()));
    }

    @EventHandler
    @DisallowReplay
    public void on(Object domainEvent, EventMessage<?> message) throws JsonProcessingException {
        IntegrationEventMapper<?> mapper = mappers.get(domainEvent.getClass());
        if (mapper == null) {
            return;
        }
        IntegrationEvent event = map(mapper, domainEvent, message.getTimestamp());
        Class<? extends IntegrationEvent> eventClass = event.getClass();
        String subject = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(message.getIdentifier())
                .withSource(source)
                .withType(IntegrationEvents.typeOf(eventClass))
                .withTime(message.getTimestamp().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(json.writeValueAsBytes(event));
        if (subject != null) {
            builder.withSubject(subject);
        }
        Object correlationId = message.getMetaData().get(AuditMetadata.CORRELATION_ID);
        if (correlationId != null) {
            builder.withExtension(CORRELATION_EXTENSION, correlationId.toString());
        }
        CloudEvent cloudEvent = builder.build();
        ProducerRecord<String, byte[]> record = KafkaMessageFactory
                .createWriter(IntegrationEvents.topicOf(eventClass), subject)
                .writeBinary(cloudEvent);
        CompletableFuture<?> sent = kafka.send(record);
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().onPrepareCommit(unitOfWork -> awaitAck(sent));
        } else {
            awaitAck(sent);
        }
    }

    @SuppressWarnings("unchecked")
    private static <D> IntegrationEvent map(IntegrationEventMapper<D> mapper, Object domainEvent,
                                            java.time.Instant occurredAt) {
        return mapper.map((D) domainEvent, occurredAt);
    }

    private static void awaitAck(CompletableFuture<?> sent) {
        try {
            sent.get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not acknowledge an integration event; the processor will retry", e);
        }
    }
}
