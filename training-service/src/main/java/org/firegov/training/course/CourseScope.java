package org.firegov.training.course;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.firegov.kit.readmodel.ScopeFilter;
import org.firegov.kit.security.Actor;
import org.firegov.kit.security.Role;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Which courses and trainees an actor may read. Courses: county-wide roles all, a town those in its town, a
 * department those it organises (as campaigns), and a unit (社会单位) the courses its own staff are enrolled in.
 * Trainees and certificates: the same town and department scope, and a unit only its own people — never another
 * unit's, even in a course both attend.
 */
@Component
class CourseScope {

    static final ScopeFilter COURSES = new ScopeFilter("town", "department", null);
    static final ScopeFilter PEOPLE = new ScopeFilter("town", "department", "unitId");

    private final MongoTemplate mongo;

    CourseScope(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The courses the actor may see that also match every filter (null filters are skipped). */
    Query courses(Actor actor, Criteria... filters) {
        if (!actor.has(Role.UNIT) || actor.unit() == null) {
            return COURSES.query(actor, filters);
        }
        List<String> attended = mongo.findDistinct(Query.query(Criteria.where("unitId").is(actor.unit())),
                "courseId", TraineeView.COLLECTION, String.class);
        Criteria visible = new Criteria().orOperator(COURSES.criteriaFor(actor),
                Criteria.where("_id").in(attended));
        List<Criteria> all = new ArrayList<>(List.of(visible));
        Arrays.stream(filters).filter(Objects::nonNull).forEach(all::add);
        return Query.query(new Criteria().andOperator(all));
    }

    /** The trainees of a course the actor may see (the course itself must be visible first). */
    Query trainees(Actor actor, String courseId) {
        return PEOPLE.query(actor, Criteria.where("courseId").is(courseId));
    }
}
