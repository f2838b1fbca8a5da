package org.firegov.inspection.expert;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.firegov.inspection.expert.ExpertEvents.ExpertConflictDeclared;
import org.firegov.inspection.expert.ExpertEvents.ExpertRegistered;
import org.firegov.inspection.expert.ExpertEvents.ExpertRetired;
import org.firegov.inspection.expert.ExpertEvents.ExpertsDrawn;
import org.firegov.kit.axon.AuditMetadata;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps the {@code experts} and {@code expert_draws} collections; rebuilt from the event store on replay. */
@Component
@ProcessingGroup("experts")
class ExpertProjection {

    private final MongoTemplate mongo;

    ExpertProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ExpertRegistered e, @Timestamp Instant at) {
        mongo.save(new ExpertView(e.expertId(), e.name(), e.field(), e.qualifications(), e.conflicts(), true, at),
                ExpertView.COLLECTION);
    }

    @EventHandler
    void on(ExpertConflictDeclared e) {
        mongo.updateFirst(byId(e.expertId()), new Update().addToSet("conflicts", e.unitId()), ExpertView.COLLECTION);
    }

    @EventHandler
    void on(ExpertRetired e) {
        mongo.updateFirst(byId(e.expertId()), new Update().set("active", false), ExpertView.COLLECTION);
    }

    @EventHandler
    void on(ExpertsDrawn e, @Timestamp Instant at, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        mongo.save(new ExpertDrawView(e.drawId(), e.unitId(), e.field(), e.purpose(), e.count(), e.seed(), e.pool(),
                e.experts(), at, actor), ExpertDrawView.COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ExpertView.COLLECTION);
        mongo.dropCollection(ExpertDrawView.COLLECTION);
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
