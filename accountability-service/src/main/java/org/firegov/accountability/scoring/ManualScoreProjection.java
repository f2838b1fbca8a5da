package org.firegov.accountability.scoring;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.firegov.kit.axon.AuditMetadata;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code manual_scores} (the latest score per indicator) and every revision; rebuilt on replay. */
@Component
@ProcessingGroup("manual-scores")
class ManualScoreProjection {

    private final MongoTemplate mongo;

    ManualScoreProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ManualScoreGiven event, EventMessage<?> message, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String author) {
        ManualScoreView score = new ManualScoreView(event.scoreId(), event.year(), event.partyKind(), event.partyCode(),
                event.indicatorCode(), event.points(), event.reason(), author, at);
        mongo.save(score);
        mongo.save(new ManualScoreRevision(message.getIdentifier(), score));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ManualScoreView.COLLECTION);
        mongo.dropCollection(ManualScoreRevision.COLLECTION);
    }
}
