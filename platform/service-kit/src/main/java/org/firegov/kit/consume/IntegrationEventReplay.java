package org.firegov.kit.consume;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Rebuilds the facts a service keeps from other services' integration events by consuming the topics again from
 * the beginning: stop the listener, drop the declared {@link ConsumedFacts} collections and the processed-event
 * ids, delete the consumer group's committed offsets (the group then starts at the earliest offset), start again.
 * Complete only while the topics retain every event ({@code firegov.kafka.topics.retention-ms=-1}, the default).
 */
public class IntegrationEventReplay {

    private static final Duration GROUP_EMPTY_TIMEOUT = Duration.ofSeconds(60);

    private final MessageListenerContainer listener;
    private final KafkaAdmin kafkaAdmin;
    private final MongoTemplate mongo;
    private final List<ConsumedFacts> facts;
    private final String groupId;

    public IntegrationEventReplay(MessageListenerContainer listener, KafkaAdmin kafkaAdmin, MongoTemplate mongo,
                                  List<ConsumedFacts> facts, String groupId) {
        this.listener = listener;
        this.kafkaAdmin = kafkaAdmin;
        this.mongo = mongo;
        this.facts = facts;
        this.groupId = groupId;
    }

    /** Drops the consumed facts and re-consumes every topic from the beginning; returns once consuming restarted. */
    public synchronized void replay() {
        listener.stop();
        facts.forEach(declared -> mongo.dropCollection(declared.collection()));
        mongo.dropCollection(ProcessedEvents.COLLECTION);
        forgetOffsets();
        listener.start();
    }

    /** The names of the collections a replay rebuilds. */
    public List<String> collections() {
        return facts.stream().map(ConsumedFacts::collection).toList();
    }

    private void forgetOffsets() {
        Instant giveUp = Instant.now().plus(GROUP_EMPTY_TIMEOUT);
        try (AdminClient admin = AdminClient.create(kafkaAdmin.getConfigurationProperties())) {
            while (true) {
                try {
                    admin.deleteConsumerGroups(List.of(groupId)).all().get();
                    return;
                } catch (ExecutionException failure) {
                    if (failure.getCause() instanceof GroupIdNotFoundException) {
                        return; // nothing committed yet
                    }
                    if (!(failure.getCause() instanceof GroupNotEmptyException) || Instant.now().isAfter(giveUp)) {
                        throw new IllegalStateException("cannot reset consumer group " + groupId, failure.getCause());
                    }
                }
                Thread.sleep(500); // the stopped consumers are still leaving the group
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while resetting consumer group " + groupId, e);
        }
    }
}
