package org.firegov.inspection.selfinspection;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.firegov.inspection.selfinspection.SelfInspectionEvents.HalfYearSelfInspectionMissed;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps the {@code self_inspection_missed} collection; rebuilt from the event store on replay. */
@Component
@ProcessingGroup("self-inspection-missed")
class MissedHalfYearProjection {

    private final MongoTemplate mongo;

    MissedHalfYearProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(HalfYearSelfInspectionMissed e, @Timestamp Instant at) {
        mongo.save(new MissedHalfYearView(e.recordId(), e.unitId(), e.town(), e.department(), e.half(),
                e.checkedOn(), at), MissedHalfYearView.COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(MissedHalfYearView.COLLECTION);
    }
}
