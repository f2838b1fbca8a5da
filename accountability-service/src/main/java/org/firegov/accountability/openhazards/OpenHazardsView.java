package org.firegov.accountability.openhazards;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.sort;

import java.time.Instant;
import java.util.List;

import org.firegov.kit.readmodel.ScopeFilter;
import org.firegov.kit.security.Actor;
import org.springframework.data.domain.Sort;
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
        List<Count> byTown = countBy("town", visibleOpen);
        List<Count> byDepartment = countBy("department", visibleOpen);
        return new OpenHazards(Instant.now(),
                byTown.stream().mapToLong(Count::open).sum(),
                byTown.stream().mapToLong(Count::major).sum(),
                byTown, byDepartment);
    }

    private List<Count> countBy(String field, Criteria criteria) {
        return mongo.aggregate(newAggregation(
                        match(criteria),
                        group(field).count().as("open")
                                .sum(ConditionalOperators.when(Criteria.where("major").is(true)).then(1).otherwise(0))
                                .as("major"),
                        sort(Sort.Direction.ASC, "_id")),
                HazardFact.COLLECTION, org.bson.Document.class)
                .getMappedResults().stream()
                .map(row -> new Count(row.getString("_id"), ((Number) row.get("open")).longValue(),
                        ((Number) row.get("major")).longValue()))
                .toList();
    }
}
