package org.firegov.kit.axon;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.firegov.kit.readmodel.ReadModelEndpoint;
import org.firegov.kit.readmodel.ReadModelReplay;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** Axon on PostgreSQL (Axon's own JDBC auto-configuration), plus FireGov's audit metadata and error policy. */
@AutoConfiguration(afterName = "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration")
public class AxonKitConfiguration {

    @Bean
    EventStoreSchema eventStoreSchema(EventStorageEngine storageEngine, TokenStore tokenStore) {
        return new EventStoreSchema(storageEngine, tokenStore);
    }

    /**
     * Registered on the gateway directly: Axon's interceptor auto-configuration looks beans up by a
     * {@code ? super CommandMessage<?>} generic type, which does not find this one.
     */
    @Bean
    InitializingBean auditMetadataOnCommands(CommandGateway commandGateway) {
        return () -> commandGateway.registerDispatchInterceptor(new AuditMetadata());
    }

    @Bean
    CorrelationDataProvider auditCorrelationDataProvider() {
        return AuditMetadata.correlationDataProvider();
    }

    @Bean
    EventStoreContents eventStoreContents(JdbcTemplate jdbc) {
        return new EventStoreContents(jdbc);
    }

    @Bean
    CorrelationLogging correlationLogging() {
        return new CorrelationLogging();
    }

    /**
     * Nothing is lost: a failing event handler (projection or publisher) stops its processor at that event and
     * retries with back-off, instead of Axon's default of logging and skipping the event.
     */
    @Bean
    ConfigurerModule propagateHandlerErrors() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }

    @Bean
    ReadModelReplay readModelReplay(EventProcessingConfiguration processing) {
        return new ReadModelReplay(processing);
    }

    /** {@code /actuator/readmodels}: not exposed by default (see {@link ReadModelEndpoint}). */
    @Bean
    ReadModelEndpoint readModelEndpoint(EventProcessingConfiguration processing, ReadModelReplay replay) {
        return new ReadModelEndpoint(processing, replay);
    }
}
