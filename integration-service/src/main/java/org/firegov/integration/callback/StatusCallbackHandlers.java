package org.firegov.integration.callback;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.firegov.events.IntegrationEvent;
import org.firegov.events.inspection.OpeningApplicationStatusChangedV1;
import org.firegov.events.inspection.OpeningApplicationSubmittedV1;
import org.firegov.kit.consume.IntegrationEventHandler;
import org.firegov.kit.consume.ReceivedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every status change of an application a client submitted becomes a callback to that client: the integration
 * event as a structured-mode CloudEvent (same id, source, type, subject and time as on Kafka).
 */
@Configuration
class StatusCallbackHandlers {

    private final Deliveries deliveries;
    private final ObjectMapper json;

    StatusCallbackHandlers(Deliveries deliveries, ObjectMapper json) {
        this.deliveries = deliveries;
        this.json = json;
    }

    @Bean
    IntegrationEventHandler<OpeningApplicationSubmittedV1> applicationSubmittedCallbacks() {
        return IntegrationEventHandler.of(OpeningApplicationSubmittedV1.class, (e, ctx) ->
                enqueue(ctx, e, e.clientId(), e.applicationId(), e.sequence()));
    }

    @Bean
    IntegrationEventHandler<OpeningApplicationStatusChangedV1> applicationStatusCallbacks() {
        return IntegrationEventHandler.of(OpeningApplicationStatusChangedV1.class, (e, ctx) ->
                enqueue(ctx, e, e.clientId(), e.applicationId(), e.sequence()));
    }

    private void enqueue(ReceivedEvent ctx, IntegrationEvent event, String clientId, String subject, long sequence) {
        deliveries.add(ctx.id(), clientId, subject, ctx.type(), sequence, structured(ctx, event, subject),
                Instant.now());
    }

    private String structured(ReceivedEvent ctx, IntegrationEvent event, String subject) {
        return StructuredCloudEvent.of(json, ctx.id(), URI.create(ctx.source()), ctx.type(), subject,
                ctx.time() == null ? Instant.now().atOffset(ZoneOffset.UTC) : ctx.time(), event);
    }
}
