package org.firegov.accountability.replay;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.firegov.kit.consume.IntegrationEventDispatcher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * How many events on the topics this service consumes its consumer group has not processed yet (end offset minus
 * committed offset, or minus the earliest offset where the group has committed nothing, as right after a replay).
 */
@Component
class ConsumerLag {

    private final KafkaAdmin kafkaAdmin;
    private final Set<String> topics;
    private final String groupId;

    ConsumerLag(KafkaAdmin kafkaAdmin, IntegrationEventDispatcher dispatcher,
                @Value("${spring.kafka.consumer.group-id}") String groupId) {
        this.kafkaAdmin = kafkaAdmin;
        this.topics = dispatcher.topics();
        this.groupId = groupId;
    }

    /** The events not yet consumed, or null when Kafka does not answer in time. */
    Long events() {
        try (AdminClient admin = AdminClient.create(kafkaAdmin.getConfigurationProperties())) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
                    .filter(topics::contains).collect(Collectors.toSet());
            List<TopicPartition> partitions = admin.describeTopics(existing).allTopicNames().get(10, TimeUnit.SECONDS)
                    .values().stream().flatMap(topic -> topic.partitions().stream()
                            .map(partition -> new TopicPartition(topic.name(), partition.partition()))).toList();
            Map<TopicPartition, ListOffsetsResultInfo> ends = offsets(admin, partitions, OffsetSpec.latest());
            Map<TopicPartition, ListOffsetsResultInfo> starts = offsets(admin, partitions, OffsetSpec.earliest());
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            return partitions.stream().mapToLong(partition -> ends.get(partition).offset()
                    - (committed.get(partition) != null ? committed.get(partition).offset()
                    : starts.get(partition).offset())).sum();
        } catch (ExecutionException | TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static Map<TopicPartition, ListOffsetsResultInfo> offsets(AdminClient admin,
            Collection<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException, TimeoutException {
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), p -> spec)))
                .all().get(10, TimeUnit.SECONDS);
    }
}
