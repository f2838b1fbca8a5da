package org.firegov.inspection.inspector;

import java.time.Instant;
import java.util.Set;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.firegov.inspection.inspector.InspectorEvents.ConflictDeclared;
import org.firegov.inspection.inspector.InspectorEvents.InspectorRegistered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps the {@code inspectors} collection; rebuilt from the event store on replay. */
@Component
@ProcessingGroup(InspectorProjection.GROUP)
class InspectorProjection {

    static final String GROUP = "inspectors";

    private final MongoTemplate mongo;

    InspectorProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(InspectorRegistered e, @Timestamp Instant at) {
        mongo.save(new InspectorView(e.inspectorId(), e.name(), e.demo(), Set.of(), at));
    }

    @EventHandler
    void on(ConflictDeclared e) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(e.inspectorId())),
                new Update().addToSet("conflicts", e.unitId()), InspectorView.COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(InspectorView.COLLECTION);
    }
}
