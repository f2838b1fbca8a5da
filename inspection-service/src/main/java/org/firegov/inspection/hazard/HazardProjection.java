package org.firegov.inspection.hazard;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.firegov.inspection.hazard.HazardEvents.HazardClosed;
import org.firegov.inspection.hazard.HazardEvents.HazardReported;
import org.firegov.kit.axon.AuditMetadata;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps the {@code hazards} collection; rebuilt from the event store on replay. */
@Component
@ProcessingGroup(HazardProjection.GROUP)
class HazardProjection {

    static final String GROUP = "hazards";

    private final MongoTemplate mongo;

    HazardProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(HazardReported event, @Timestamp Instant at, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        mongo.save(new HazardView(event.hazardId(), event.unitId(), event.town(), event.department(),
                event.description(), event.source(), event.major(), HazardView.Status.OPEN, at, actor, null));
    }

    @EventHandler
    void on(HazardClosed event, @Timestamp Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(event.hazardId())),
                Update.update("status", HazardView.Status.CLOSED).set("closedAt", at),
                HazardView.class, HazardView.COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(HazardView.COLLECTION);
    }
}
