package org.firegov.kit.readmodel;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.firegov.kit.domain.NotFound;
import org.firegov.kit.publish.IntegrationEventPublisher;

/**
 * Drops and rebuilds a read model by replaying the event store through its processing group. Projections clear
 * their collections in an {@code @ResetHandler}. The integration publisher is never replayed.
 */
public class ReadModelReplay {

    private final EventProcessingConfiguration processing;

    public ReadModelReplay(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    public void replay(String processingGroup) {
        if (IntegrationEventPublisher.PROCESSING_GROUP.equals(processingGroup)) {
            throw new IllegalArgumentException("the integration publisher is not a read model and is never replayed");
        }
        StreamingEventProcessor processor = processing
                .eventProcessorByProcessingGroup(processingGroup, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFound("read model", processingGroup));
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    public boolean replaying(String processingGroup) {
        return processing.eventProcessorByProcessingGroup(processingGroup, StreamingEventProcessor.class)
                .map(StreamingEventProcessor::isReplaying)
                .orElse(false);
    }
}
