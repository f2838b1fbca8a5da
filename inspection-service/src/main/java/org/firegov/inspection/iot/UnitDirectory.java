package org.firegov.inspection.iot;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.firegov.inspection.unit.UnitView;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The town and department of the units devices report from, read from the {@code units} read model once per unit
 * and kept for a few minutes, so a batch of signals costs at most one query (for the units it has not seen lately).
 */
@Component
class UnitDirectory {

    private static final Duration KEEP = Duration.ofMinutes(5);

    record UnitScope(String unitId, String town, String department) {
    }

    private record Entry(UnitScope scope, Instant until) {
    }

    private final MongoTemplate mongo;
    private final Map<String, Entry> known = new ConcurrentHashMap<>();

    UnitDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The registered, active units among these ids; unknown ids are missing from the answer. */
    Map<String, UnitScope> scopes(Collection<String> unitIds) {
        Instant now = Instant.now();
        Map<String, UnitScope> found = new HashMap<>();
        List<String> missing = unitIds.stream().distinct().filter(id -> {
            Entry entry = known.get(id);
            if (entry != null && entry.until().isAfter(now)) {
                found.put(id, entry.scope());
                return false;
            }
            return true;
        }).toList();
        if (!missing.isEmpty()) {
            Query active = Query.query(Criteria.where("_id").in(missing).and("status").ne(UnitView.Status.CLOSED));
            active.fields().include("town", "department");
            for (Document unit : mongo.find(active, Document.class, UnitView.COLLECTION)) {
                UnitScope scope = new UnitScope(unit.getString("_id"), unit.getString("town"),
                        unit.getString("department"));
                known.put(scope.unitId(), new Entry(scope, now.plus(KEEP)));
                found.put(scope.unitId(), scope);
            }
        }
        return found;
    }
}
