package org.firegov.accountability.selfinspection;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.bson.Document;
import org.firegov.accountability.party.ResponsibleParty;
import org.firegov.accountability.scheme.Metric;
import org.firegov.accountability.scoring.AssessmentPeriod;
import org.firegov.accountability.scoring.Evidence;
import org.firegov.accountability.scoring.FactCriteria;
import org.firegov.accountability.scoring.MetricSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * 单位自查覆盖率: of the units registered in the town or department (registered before and not closed by the
 * period's end), those that submitted a self-inspection for a month of the year by then. The objects are the units
 * followed by the submissions that count.
 */
@Component
class SelfInspectionEvidence implements MetricSource {

    private final MongoTemplate mongo;

    SelfInspectionEvidence(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Set<Metric> metrics() {
        return Set.of(Metric.SELF_INSPECTION_COVERAGE_RATE);
    }

    @Override
    public Evidence measure(Metric metric, ResponsibleParty party, AssessmentPeriod period) {
        String basis = "registered units that submitted a self-inspection this year / registered units";
        List<String> units = mongo.find(Query.query(FactCriteria.ofParty(party).and("registeredAt").lt(period.end())
                        .orOperator(Criteria.where("closedAt").is(null), Criteria.where("closedAt").gte(period.end()))),
                Document.class, UnitFacts.UNITS).stream().map(unit -> unit.getString("_id")).sorted().toList();
        if (units.isEmpty()) {
            return Evidence.nothingDue(basis);
        }
        List<Document> submissions = mongo.find(Query.query(Criteria.where("unitId").in(units)
                .and("year").is(period.year()).and("submittedAt").lt(period.end())), Document.class, UnitFacts.SUBMISSIONS);
        long covered = submissions.stream().map(s -> s.getString("unitId")).distinct().count();
        return Evidence.measured(100.0 * covered / units.size(),
                Stream.concat(units.stream(), Evidence.ids(submissions).stream()).toList(), basis);
    }
}
