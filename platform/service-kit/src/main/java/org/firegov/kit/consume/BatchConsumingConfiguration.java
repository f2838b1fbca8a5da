package org.firegov.kit.consume;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Batch consumption of high-volume integration events, present when the service declares at least one
 * {@link IntegrationEventBatchHandler}: one batch listener container over their topics (consumer group
 * {@code firegov-<service>}), up to {@code firegov.kafka.consumer.batch-size} records a poll. Invalid records go
 * straight to {@code <topic>.DLT}; a failing batch is retried {@code firegov.kafka.consumer.attempts} times, then
 * its records go there too.
 */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration")
@ConditionalOnBean(IntegrationEventBatchHandler.class)
public class BatchConsumingConfiguration {

    @Bean
    IntegrationEventBatchDispatcher integrationEventBatchDispatcher(List<IntegrationEventBatchHandler<?>> handlers,
                                                                    ObjectMapper json, Validator validator,
                                                                    KafkaTemplate<String, byte[]> kafka) {
        return new IntegrationEventBatchDispatcher(handlers, json, validator,
                ConsumingConfiguration.toDeadLetters(kafka));
    }

    @Bean
    ConcurrentMessageListenerContainer<String, byte[]> integrationEventBatchListener(
            ConcurrentKafkaListenerContainerFactory<String, byte[]> factory,
            IntegrationEventBatchDispatcher dispatcher, KafkaTemplate<String, byte[]> kafka,
            @Value("${firegov.kafka.consumer.attempts}") int attempts,
            @Value("${firegov.kafka.consumer.backoff}") Duration backoff,
            @Value("${firegov.kafka.consumer.batch-size}") int batchSize) {
        ConcurrentMessageListenerContainer<String, byte[]> container =
                factory.createContainer(dispatcher.topics().toArray(String[]::new));
        container.getContainerProperties().getKafkaConsumerProperties()
                .setProperty(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(batchSize));
        DeadLetterPublishingRecoverer toDeadLetters = ConsumingConfiguration.toDeadLetters(kafka);
        container.setCommonErrorHandler(ConsumingConfiguration.retryThenDeadLetter(toDeadLetters, attempts, backoff));
        container.setupMessageListener(dispatcher);
        return container;
    }
}
