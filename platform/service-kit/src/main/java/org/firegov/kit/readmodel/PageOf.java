package org.firegov.kit.readmodel;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** One page of a read-model listing. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 200;

    public static <T> PageOf<T> query(MongoTemplate mongo, Query query, Pageable pageable, Class<T> type,
                                      String collection) {
        long total = mongo.count(Query.of(query).limit(0).skip(0), type, collection);
        List<T> items = mongo.find(Query.of(query).with(pageable), type, collection);
        return new PageOf<>(items, pageable.getPageNumber(), pageable.getPageSize(), total);
    }
}
