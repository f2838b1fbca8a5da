package org.firegov.inspection.incident;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.firegov.inspection.incident.IncidentEvents.ExtendedInvestigationConcluded;
import org.firegov.inspection.incident.IncidentEvents.FireInvestigated;
import org.firegov.inspection.incident.IncidentEvents.IncidentRecorded;
import org.firegov.kit.axon.AuditMetadata;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
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
                e.directLossYuan(), e.count(), e.historical(), at, actor, null, null), IncidentView.COLLECTION);
    }

    @EventHandler
    void on(FireInvestigated e, @Timestamp Instant at, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        mongo.updateFirst(byId(e.incidentId()), Update.update("investigation",
                new IncidentView.Investigation(e.cause(), e.conclusion(), at, actor)), IncidentView.COLLECTION);
    }

    @EventHandler
    void on(ExtendedInvestigationConcluded e, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        mongo.updateFirst(byId(e.incidentId()), Update.update("extendedInvestigation",
                new IncidentView.ExtendedInvestigation(e.influential(), e.summary(), e.findings(), at, actor)),
                IncidentView.COLLECTION);
    }

    private static Query byId(String incidentId) {
        return Query.query(Criteria.where("_id").is(incidentId));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(IncidentView.COLLECTION);
    }
}
