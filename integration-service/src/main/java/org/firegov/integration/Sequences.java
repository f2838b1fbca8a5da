package org.firegov.integration;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Named, strictly increasing counters in MongoDB (atomic {@code $inc}); they survive restarts. */
@Component
public class Sequences {

    private static final String COLLECTION = "sequences";

    private final MongoTemplate mongo;

    Sequences(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public long next(String name) {
        Counter counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(name)),
                new Update().inc("value", 1L), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Counter.class, COLLECTION);
        return counter.value();
    }

    record Counter(String id, long value) {
    }
}
