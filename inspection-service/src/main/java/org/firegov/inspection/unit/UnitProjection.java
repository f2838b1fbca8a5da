package org.firegov.inspection.unit;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.firegov.inspection.unit.UnitEvents.UnitRegistered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps the {@code units} collection; rebuilt from the event store on replay. */
@Component
@ProcessingGroup(UnitProjection.GROUP)
class UnitProjection {

    static final String GROUP = "units";

    private final MongoTemplate mongo;

    UnitProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(UnitRegistered event, @Timestamp Instant at) {
        mongo.save(new UnitView(event.unitId(), event.name(), event.address(), event.town(), event.department(),
                event.categories(), event.riskGrade(), event.riskGrade().requiresInsuranceAndYearlyAssessment(), at));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(UnitView.COLLECTION);
    }
}
