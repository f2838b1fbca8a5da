package org.firegov.kit.readmodel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.firegov.kit.domain.NotFound;
import org.firegov.kit.security.Actor;
import org.firegov.kit.security.Role;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Restricts a read-model query to what an actor may see, given the names of the document's town, department and
 * unit fields: county-wide roles see all; a department its sector; a town its jurisdiction; a unit itself.
 * An actor with none of these scopes matches nothing.
 */
public record ScopeFilter(String townField, String departmentField, String unitField) {

    private static final Criteria NOTHING = Criteria.where("_id").exists(false);

    public Criteria criteriaFor(Actor actor) {
        if (actor.countyWide()) {
            return new Criteria();
        }
        List<Criteria> visible = new ArrayList<>();
        if (actor.has(Role.DEPARTMENT) && actor.department() != null && departmentField != null) {
            visible.add(Criteria.where(departmentField).is(actor.department()));
        }
        if (actor.has(Role.TOWN) && actor.town() != null && townField != null) {
            visible.add(Criteria.where(townField).is(actor.town()));
        }
        if (actor.has(Role.UNIT) && actor.unit() != null && unitField != null) {
            visible.add(Criteria.where(unitField).is(actor.unit()));
        }
        if (visible.isEmpty()) {
            return NOTHING;
        }
        return visible.size() == 1 ? visible.get(0) : new Criteria().orOperator(visible);
    }

    /**
     * The document with this id if the actor may see it; else {@link NotFound} (404), whether it is absent or only
     * outside the actor's scope.
     *
     * @param what the kind of object, for the problem's detail (e.g. {@code inspection})
     */
    public <T> T findVisible(MongoTemplate mongo, Actor actor, String id, Class<T> type, String collection,
                             String what) {
        T found = mongo.findOne(query(actor, Criteria.where("_id").is(id)), type, collection);
        if (found == null) {
            throw new NotFound(what, id);
        }
        return found;
    }

    /** A query for the documents the actor may see that also match every filter (null filters are skipped). */
    public Query query(Actor actor, Criteria... filters) {
        List<Criteria> all = new ArrayList<>();
        all.add(criteriaFor(actor));
        Arrays.stream(filters).filter(java.util.Objects::nonNull).forEach(all::add);
        return Query.query(new Criteria().andOperator(all));
    }
}
