package org.firegov.kit.readmodel;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.NotFound;
import org.firegov.kit.publish.IntegrationEventPublisher;

/**
 * Drops and rebuilds a read model by replaying the event store through its processing group. Projections clear
 * their collections in an {@code @ResetHandler}. The integration publisher is never replayed. A replay needs every
 * segment's claim: while another instance holds one (also one killed a moment ago, until its claim times out) it is
 * refused with 409 {@code read-model-claimed}, and the processor keeps running as before.
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
        try {
            processor.resetTokens();
        } catch (UnableToClaimTokenException claimedElsewhere) {
            throw new BusinessRuleViolation.Conflict("read-model-claimed",
                    "the read model '" + processingGroup + "' is being processed by another instance (or one that"
                            + " stopped a few seconds ago and still holds its claim): stop the other instances, or"
                            + " try again in a few seconds");
        } finally {
            processor.start();   // refused or not, the read model goes on following the event store
        }
    }

    public boolean replaying(String processingGroup) {
        return processing.eventProcessorByProcessingGroup(processingGroup, StreamingEventProcessor.class)
                .map(StreamingEventProcessor::isReplaying)
                .orElse(false);
    }
}
