package org.firegov.kit.publish;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.firegov.kit.FireGovServiceProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;

/** Publication of integration events from the event store to Kafka. */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration")
@EnableConfigurationProperties(FireGovServiceProperties.class)
public class PublishingConfiguration {

    @Bean
    IntegrationEventPublisher integrationEventPublisher(KafkaTemplate<String, byte[]> kafka, ObjectMapper json,
                                                        FireGovServiceProperties service,
                                                        List<IntegrationEventMapper<?>> mappers) {
        return new IntegrationEventPublisher(kafka, json, service.eventSource(), mappers);
    }
}
