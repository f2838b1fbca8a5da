package org.firegov.accountability.openhazards;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.firegov.kit.readmodel.ScopeFilter;
import org.firegov.kit.security.Actor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.ConditionalOperators;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Open hazards per town and per department (the committee's first live figure), computed from the
 * {@link HazardFact}s the actor may see.
 */
@Component
class OpenHazardsView {

    private static final ScopeFilter SCOPE = new ScopeFilter("town", "department", "unitId");

    private final MongoTemplate mongo;

    OpenHazardsView(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    record Count(String key, long open, long major) {
    }

    record OpenHazards(Instant asOf, long open, long major, List<Count> byTown, List<Count> byDepartment) {
    }

    OpenHazards of(Actor actor) {
        Criteria visibleOpen = new Criteria().andOperator(SCOPE.criteriaFor(actor), Criteria.where("open").is(true));
        Map<String, long[]> byTown = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        Map<String, long[]> byDepartment = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        // one pass over the facts for both breakdowns: the Mongo-wire server scans the whole collection per query
        for (org.bson.Document row : countByTownAndDepartment(visibleOpen)) {
            org.bson.Document key = (org.bson.Document) row.get("_id");
            long open = ((Number) row.get("open")).longValue();
            long major = ((Number) row.get("major")).longValue();
            add(byTown, key.getString("town"), open, major);
            add(byDepartment, key.getString("department"), open, major);
        }
        List<Count> towns = counts(byTown);
        return new OpenHazards(Instant.now(),
                towns.stream().mapToLong(Count::open).sum(),
                towns.stream().mapToLong(Count::major).sum(),
                towns, counts(byDepartment));
    }

    private List<org.bson.Document> countByTownAndDepartment(Criteria criteria) {
        return mongo.aggregate(newAggregation(
                        match(criteria),
                        group("town", "department").count().as("open")
                                .sum(ConditionalOperators.when(Criteria.where("major").is(true)).then(1).otherwise(0))
                                .as("major")),
                HazardFact.COLLECTION, org.bson.Document.class)
                .getMappedResults();
    }

    private static void add(Map<String, long[]> counts, String key, long open, long major) {
        long[] c = counts.computeIfAbsent(key, k -> new long[2]);
        c[0] += open;
        c[1] += major;
    }

    private static List<Count> counts(Map<String, long[]> counts) {
        return counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }
}
