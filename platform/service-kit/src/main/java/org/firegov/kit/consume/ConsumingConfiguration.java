package org.firegov.kit.consume;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import org.apache.kafka.common.TopicPartition;
import org.firegov.events.Topics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Consumption of integration events, present when the service declares at least one
 * {@link IntegrationEventHandler}: one listener container over the handlers' topics, consumer group
 * {@code firegov-<service>}, {@code firegov.kafka.consumer.attempts} attempts with a fixed back-off, then the
 * record goes to {@code <topic>.DLT} with the failure in its headers.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration",
        "org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration"})
@ConditionalOnBean(IntegrationEventHandler.class)
public class ConsumingConfiguration {

    @Bean
    ProcessedEvents processedEvents(MongoTemplate mongo) {
        return new ProcessedEvents(mongo);
    }

    @Bean
    IntegrationEventDispatcher integrationEventDispatcher(List<IntegrationEventHandler<?>> handlers,
                                                          ProcessedEvents processed, ObjectMapper json,
                                                          Validator validator) {
        return new IntegrationEventDispatcher(handlers, processed, json, validator);
    }

    @Bean
    DefaultErrorHandler integrationEventErrorHandler(KafkaTemplate<String, byte[]> kafka,
                                                     @Value("${firegov.kafka.consumer.attempts}") int attempts,
                                                     @Value("${firegov.kafka.consumer.backoff}") Duration backoff) {
        return retryThenDeadLetter(toDeadLetters(kafka), attempts, backoff);
    }

    /** Sends a record to {@code <topic>.DLT}, keeping its key, value and headers and adding the failure's. */
    static DeadLetterPublishingRecoverer toDeadLetters(KafkaTemplate<String, byte[]> kafka) {
        return new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
    }

    static DefaultErrorHandler retryThenDeadLetter(DeadLetterPublishingRecoverer toDeadLetters, int attempts,
                                                   Duration backoff) {
        DefaultErrorHandler errorHandler = new DefaultErrorHandler(toDeadLetters,
                new FixedBackOff(backoff.toMillis(), Math.max(0, attempts - 1)));
        errorHandler.addNotRetryableExceptions(InvalidIntegrationEvent.class);
        return errorHandler;
    }

    @Bean
    IntegrationEventReplay integrationEventReplay(ConcurrentMessageListenerContainer<String, byte[]> integrationEventListener,
                                                  KafkaAdmin kafkaAdmin, MongoTemplate mongo,
                                                  ObjectProvider<ConsumedFacts> facts,
                                                  @Value("${spring.kafka.consumer.group-id}") String groupId) {
        return new IntegrationEventReplay(integrationEventListener, kafkaAdmin, mongo, facts.orderedStream().toList(),
                groupId);
    }

    @Bean
    ConcurrentMessageListenerContainer<String, byte[]> integrationEventListener(
            ConcurrentKafkaListenerContainerFactory<String, byte[]> factory, IntegrationEventDispatcher dispatcher) {
        ConcurrentMessageListenerContainer<String, byte[]> container =
                factory.createContainer(dispatcher.topics().toArray(String[]::new));
        container.setupMessageListener(dispatcher);
        return container;
    }
}
