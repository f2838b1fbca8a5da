package org.firegov.integration.disclosure;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The registered units' public names (from inspection's unit events), to name units in the feed. */
@Component
class UnitNames {

    static final String COLLECTION = "unit_names";

    private final MongoTemplate mongo;

    UnitNames(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void remember(String unitId, String name) {
        mongo.upsert(Query.query(Criteria.where("_id").is(unitId)), Update.update("name", name), COLLECTION);
    }

    /** The unit's name, or null when its registration has not arrived (yet). */
    String of(String unitId) {
        UnitName unit = mongo.findById(unitId, UnitName.class, COLLECTION);
        return unit == null ? null : unit.name();
    }

    record UnitName(@Id String unitId, String name) {
    }
}
