package org.firegov.training.drill;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.firegov.kit.axon.AuditMetadata;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code drills}; rebuilt from the event store on replay. */
@Component
@ProcessingGroup("drills")
class DrillProjection {

    private final MongoTemplate mongo;

    DrillProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(DrillRecorded e, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        mongo.save(new DrillView(e.drillId(), e.unitId(), e.unitName(), e.town(), e.department(), e.heldOn(),
                e.heldOn().getYear(), e.participants(), e.evacuationSeconds(), e.note(), actor));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(DrillView.COLLECTION);
    }
}
