package org.firegov.inspection.incident;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.firegov.inspection.incident.IncidentEvents.IncidentRecorded;
import org.firegov.kit.axon.AuditMetadata;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps the {@code incidents} collection; rebuilt from the event store on replay. */
@Component
@ProcessingGroup("incidents")
class IncidentProjection {

    private final MongoTemplate mongo;

    IncidentProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(IncidentRecorded e, @Timestamp Instant at, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        mongo.save(new IncidentView(e.incidentId(), e.town(), e.unitId(), e.department(), e.occurredOn(),
                e.occurredOn().getYear(), e.kind(), e.cause(), e.major(), e.deaths(), e.injuries(),
                e.directLossYuan(), e.count(), e.historical(), at, actor), IncidentView.COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(IncidentView.COLLECTION);
    }
}
