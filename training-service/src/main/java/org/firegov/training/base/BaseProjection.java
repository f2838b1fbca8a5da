package org.firegov.training.base;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.firegov.training.base.BaseEvents.BaseClosed;
import org.firegov.training.base.BaseEvents.BaseRegistered;
import org.firegov.training.party.PartyType;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps {@code education_bases}; rebuilt on replay. */
@Component
@ProcessingGroup(BaseProjection.GROUP)
class BaseProjection {

    static final String GROUP = "education-bases";

    private final MongoTemplate mongo;

    BaseProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(BaseRegistered e) {
        mongo.save(new BaseView(e.baseId(), e.kind(), e.name(), e.town(), e.address(), e.openedOn(), null, null,
                e.operator().type(), e.operator().code(),
                e.operator().type() == PartyType.DEPARTMENT ? e.operator().code() : null, e.demo(), e.note()),
                BaseView.COLLECTION);
    }

    @EventHandler
    void on(BaseClosed e) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(e.baseId())),
                Update.update("closedOn", e.closedOn()).set("closeReason", e.reason()), BaseView.COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(BaseView.COLLECTION);
    }
}
