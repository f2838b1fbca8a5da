package org.firegov.kit.readmodel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.firegov.kit.publish.IntegrationEventPublisher;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code /actuator/readmodels}: the service's read-model processors (replaying? caught up? position in the event
 * store) and {@code POST /actuator/readmodels/{group}} to drop and rebuild one by replay ({@link ReadModelReplay}).
 * An operator's tool, not exposed unless {@code management.endpoints.web.exposure.include} lists {@code readmodels}
 * (the benchmark harness does); when exposed, only the brigade's token may call it.
 */
@Endpoint(id = "readmodels")
public class ReadModelEndpoint {

    public record Processor(boolean running, boolean replaying, boolean caughtUp, Long position) {
    }

    private final EventProcessingConfiguration processing;
    private final ReadModelReplay replay;

    public ReadModelEndpoint(EventProcessingConfiguration processing, ReadModelReplay replay) {
        this.processing = processing;
        this.replay = replay;
    }

    @ReadOperation
    public Map<String, Processor> processors() {
        Map<String, Processor> all = new LinkedHashMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming
                    && !IntegrationEventPublisher.PROCESSING_GROUP.equals(name)) {
                all.put(name, describe(streaming));
            }
        });
        return all;
    }

    @WriteOperation
    public Processor rebuild(@Selector String group) {
        replay.replay(group);
        return processors().get(group);
    }

    private static Processor describe(StreamingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        boolean caughtUp = !segments.isEmpty() && segments.values().stream().allMatch(EventTrackerStatus::isCaughtUp);
        Long position = segments.values().stream().map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).map(OptionalLong::getAsLong).min(Long::compare).orElse(null);
        return new Processor(processor.isRunning(), processor.isReplaying(), caughtUp, position);
    }
}
