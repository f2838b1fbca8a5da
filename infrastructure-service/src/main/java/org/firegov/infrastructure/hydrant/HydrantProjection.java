package org.firegov.infrastructure.hydrant;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.firegov.infrastructure.hydrant.HydrantEvents.HydrantDetailsUpdated;
import org.firegov.infrastructure.hydrant.HydrantEvents.HydrantRegistered;
import org.firegov.infrastructure.hydrant.HydrantEvents.HydrantStatusChanged;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps the {@code hydrants} collection; rebuilt from the event store on replay. */
@Component
@ProcessingGroup(HydrantProjection.GROUP)
class HydrantProjection {

    static final String GROUP = "hydrants";

    private final MongoTemplate mongo;

    HydrantProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(HydrantRegistered event, @Timestamp Instant at) {
        mongo.save(new HydrantView(event.hydrantId(), event.type(), event.town(), event.road(), event.latitude(),
                event.longitude(), HydrantStatus.IN_SERVICE, null, null, event.demo(), at));
    }

    @EventHandler
    void on(HydrantDetailsUpdated event) {
        mongo.updateFirst(byId(event.hydrantId()), Update.update("road", event.road())
                        .set("latitude", event.latitude()).set("longitude", event.longitude()),
                HydrantView.class, HydrantView.COLLECTION);
    }

    @EventHandler
    void on(HydrantStatusChanged event, @Timestamp Instant at) {
        mongo.updateFirst(byId(event.hydrantId()), Update.update("status", event.to())
                        .set("statusReason", event.reason()).set("statusChangedAt", at),
                HydrantView.class, HydrantView.COLLECTION);
    }

    private static Query byId(String hydrantId) {
        return Query.query(Criteria.where("_id").is(hydrantId));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(HydrantView.COLLECTION);
    }
}
