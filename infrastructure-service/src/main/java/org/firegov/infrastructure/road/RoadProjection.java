package org.firegov.infrastructure.road;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.firegov.infrastructure.road.RoadEvents.RoadRegistered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps the {@code roads} collection; rebuilt from the event store on replay. */
@Component
@ProcessingGroup(RoadProjection.GROUP)
class RoadProjection {

    static final String GROUP = "roads";

    private final MongoTemplate mongo;

    RoadProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(RoadRegistered event, @Timestamp Instant at) {
        mongo.save(new RoadView(event.roadId(), event.name(), event.town(), event.requiredHydrants(), event.demo(), at));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(RoadView.COLLECTION);
    }
}
