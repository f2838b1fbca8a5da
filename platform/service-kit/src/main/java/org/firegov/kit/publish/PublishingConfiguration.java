package org.firegov.kit.publish;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.firegov.events.IntegrationEvents;
import org.firegov.events.Topics;
import org.firegov.kit.FireGovServiceProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/** Publication of integration events from the event store to Kafka. */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration")
@EnableConfigurationProperties(FireGovServiceProperties.class)
public class PublishingConfiguration {

    /**
     * Every integration-event topic and its dead-letter topic exist before anyone publishes or subscribes
     * (a consumer subscribed to a missing topic may only notice it minutes later). Idempotent. Topics keep their
     * events for {@code firegov.kafka.topics.retention-ms} (default -1: forever), so consumers can rebuild their facts
     * by re-consuming from the beginning ({@link org.firegov.kit.consume.IntegrationEventReplay}).
     */
    @Bean
    KafkaAdmin.NewTopics integrationEventTopics(@Value("${firegov.kafka.topics.partitions}") int partitions,
                                                @Value("${firegov.kafka.topics.replication-factor}") short replicas,
                                                @Value("${firegov.kafka.topics.retention-ms}") String retentionMs) {
        return new KafkaAdmin.NewTopics(IntegrationEvents.topics().stream()
                .flatMap(topic -> Stream.of(topic, Topics.deadLetter(topic)))
                .map(topic -> TopicBuilder.name(topic).partitions(partitions).replicas(replicas)
                        .config(TopicConfig.RETENTION_MS_CONFIG, retentionMs).build())
                .toArray(NewTopic[]::new));
    }

    @Bean
    IntegrationEventPublisher integrationEventPublisher(KafkaTemplate<String, byte[]> kafka, ObjectMapper json,
                                                        FireGovServiceProperties service,
                                                        List<IntegrationEventMapper<?>> mappers) {
        return new IntegrationEventPublisher(kafka, json, service.eventSource(), mappers);
    }
}
