package org.firegov.accountability.supervision;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.firegov.accountability.supervision.ListingDecision.ListingDecided;
import org.firegov.events.accountability.ListedSupervisionDecidedV1;
import org.firegov.kit.axon.AuditMetadata;
import org.firegov.kit.publish.IntegrationEventMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code listing_decisions}; rebuilt from the event store on replay. */
@Component
@ProcessingGroup("listing-decisions")
class ListingDecisionProjection {

    private final MongoTemplate mongo;

    ListingDecisionProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ListingDecided e, @Timestamp Instant at, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        mongo.save(new ListingDecisionView(e.decisionId(), e.hazardId(), e.unitId(), e.town(), e.department(),
                e.document(), e.rectifyBy(), at, actor));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ListingDecisionView.COLLECTION);
    }

    /** The decision reaches inspection-service, which lists the hazard. */
    @Configuration
    static class IntegrationEvents {

        @Bean
        IntegrationEventMapper<ListingDecided> listedSupervisionDecidedV1() {
            return IntegrationEventMapper.of(ListingDecided.class, (e, at) -> new ListedSupervisionDecidedV1(
                    e.decisionId(), e.hazardId(), e.unitId(), e.town(), e.department(), e.document(), e.rectifyBy(), at));
        }
    }
}
