package org.firegov.accountability.scoring;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.firegov.kit.axon.AuditMetadata;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code manual_scores} (the latest score per indicator); rebuilt on replay. */
@Component
@ProcessingGroup("manual-scores")
class ManualScoreProjection {

    private final MongoTemplate mongo;

    ManualScoreProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ManualScoreGiven event, @Timestamp Instant at, @MetaDataValue(AuditMetadata.ACTOR) String author) {
        mongo.save(new ManualScoreView(event.scoreId(), event.year(), event.partyKind(), event.partyCode(),
                event.indicatorCode(), event.points(), event.reason(), author, at));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ManualScoreView.COLLECTION);
    }
}
