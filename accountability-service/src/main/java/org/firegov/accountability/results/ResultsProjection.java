package org.firegov.accountability.results;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.firegov.accountability.results.ResultsPublication.ResultsPublished;
import org.firegov.kit.axon.AuditMetadata;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code published_results}; rebuilt from the event store on replay. */
@Component
@ProcessingGroup("published-results")
class ResultsProjection {

    private final MongoTemplate mongo;

    ResultsProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ResultsPublished e, @Timestamp Instant at, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        mongo.save(new PublishedResultsView(e.publicationId(), e.year(), e.schemeId(), e.results(), at, actor));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(PublishedResultsView.COLLECTION);
    }
}
