package org.firegov.inspection.unit;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.firegov.inspection.unit.UnitEvents.UnitAmended;
import org.firegov.inspection.unit.UnitEvents.UnitClosed;
import org.firegov.inspection.unit.UnitEvents.UnitRegistered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
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
                event.categories(), event.riskGrade(), event.riskGrade().requiresInsuranceAndYearlyAssessment(), at,
                UnitView.Status.ACTIVE, null, null, event.demo()));
    }

    @EventHandler
    void on(UnitAmended event, @Timestamp Instant at) {
        update(event.unitId(), Update.update("name", event.name()).set("address", event.address())
                .set("town", event.town()).set("department", event.department())
                .set("categories", event.categories()).set("riskGrade", event.riskGrade())
                .set("insuranceAndYearlyAssessmentRequired", event.riskGrade().requiresInsuranceAndYearlyAssessment())
                .set("amendedAt", at));
    }

    @EventHandler
    void on(UnitClosed event, @Timestamp Instant at) {
        update(event.unitId(), Update.update("status", UnitView.Status.CLOSED).set("closedAt", at));
    }

    private void update(String unitId, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(unitId)), update, UnitView.class, UnitView.COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(UnitView.COLLECTION);
    }
}
