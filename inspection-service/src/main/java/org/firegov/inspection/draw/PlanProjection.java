package org.firegov.inspection.draw;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.firegov.inspection.draw.PlanEvents.PlanDrawn;
import org.firegov.inspection.draw.PlanEvents.PlanPublished;
import org.firegov.kit.axon.AuditMetadata;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps the {@code inspection_plans} collection; rebuilt from the event store on replay. */
@Component
@ProcessingGroup(PlanProjection.GROUP)
class PlanProjection {

    static final String GROUP = "inspection-plans";

    private final MongoTemplate mongo;

    PlanProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(PlanDrawn e, @Timestamp Instant at, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        mongo.save(new PlanView(e.planId(), e.name(), e.periodFrom(), e.periodTo(), e.filter(), e.sampleSize(),
                e.inspectorsPerInspection(), e.inspectors(), e.seed(), e.population(), e.assignments(), at, actor,
                false, null));
    }

    @EventHandler
    void on(PlanPublished e, @Timestamp Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(e.planId())),
                Update.update("published", true).set("publishedAt", at), PlanView.class, PlanView.COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(PlanView.COLLECTION);
    }
}
