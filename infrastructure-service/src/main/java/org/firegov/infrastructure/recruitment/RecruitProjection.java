package org.firegov.infrastructure.recruitment;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code recruits}; rebuilt from the event store on replay. */
@Component
@ProcessingGroup("recruits")
class RecruitProjection {

    private final MongoTemplate mongo;

    RecruitProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(FirefighterHired event) {
        mongo.save(new RecruitView(event.staffNo(), event.hiredOn(), event.hiredOn().getYear(), event.town()));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(RecruitView.COLLECTION);
    }
}
