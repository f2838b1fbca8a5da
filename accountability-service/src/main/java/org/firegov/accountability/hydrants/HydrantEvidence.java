package org.firegov.accountability.hydrants;

import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.firegov.accountability.party.PartyKind;
import org.firegov.accountability.party.ResponsibleParty;
import org.firegov.accountability.scheme.Metric;
import org.firegov.accountability.scoring.AssessmentPeriod;
import org.firegov.accountability.scoring.Evidence;
import org.firegov.accountability.scoring.MetricSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** 完好率: a town's municipal hydrants (not intakes or pools) in service / built, at the period's end; no demo data. */
@Component
class HydrantEvidence implements MetricSource {

    private final MongoTemplate mongo;

    HydrantEvidence(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Set<Metric> metrics() {
        return Set.of(Metric.HYDRANT_INTACT_RATE);
    }

    @Override
    public Evidence measure(Metric metric, ResponsibleParty party, AssessmentPeriod period) {
        String basis = "municipal hydrants in the town: in service / built (status at the period's end)";
        if (party.kind() != PartyKind.TOWN) {
            return Evidence.nothingDue(basis);
        }
        List<Document> built = mongo.find(Query.query(Criteria.where("town").is(party.code())
                .and("type").is("HYDRANT").and("demo").ne(true)
                .orOperator(Criteria.where("registeredAt").is(null), Criteria.where("registeredAt").lt(period.end()))),
                Document.class, HydrantFacts.COLLECTION);
        return Evidence.rate(built, hydrant -> "IN_SERVICE".equals(HydrantFacts.statusAt(hydrant, period.end())), basis);
    }
}
