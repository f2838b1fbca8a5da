package org.firegov.inspection.inspector;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The pool as the double-random draw takes it when a plan names no inspectors of its own. */
@Component
public class InspectorPool {

    private final MongoTemplate mongo;

    InspectorPool(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Every inspector with his declared conflicts, by name. */
    public List<InspectorView> inspectors() {
        return mongo.find(new Query().with(Sort.by("name")), InspectorView.class, InspectorView.COLLECTION);
    }
}
