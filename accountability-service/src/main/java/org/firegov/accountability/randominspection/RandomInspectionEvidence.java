package org.firegov.accountability.randominspection;

import java.util.Date;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.firegov.accountability.party.ResponsibleParty;
import org.firegov.accountability.scheme.Metric;
import org.firegov.accountability.scoring.AssessmentPeriod;
import org.firegov.accountability.scoring.Evidence;
import org.firegov.accountability.scoring.FactCriteria;
import org.firegov.accountability.scoring.MetricSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * 双随机抽查完成率: units drawn for the year's plans (published by the period's end) in the town or department,
 * inspected / drawn. The objects are the draws, {@code <planId>/<unitId>}.
 */
@Component
class RandomInspectionEvidence implements MetricSource {

    private final MongoTemplate mongo;

    RandomInspectionEvidence(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Set<Metric> metrics() {
        return Set.of(Metric.RANDOM_INSPECTION_COMPLETION_RATE);
    }

    @Override
    public Evidence measure(Metric metric, ResponsibleParty party, AssessmentPeriod period) {
        List<Document> drawn = mongo.find(Query.query(FactCriteria.ofParty(party).and("year").is(period.year())
                .and("publishedAt").lt(period.end())), Document.class, DrawFacts.COLLECTION);
        return Evidence.rate(drawn,
                draw -> draw.get("completedAt") instanceof Date at && at.toInstant().isBefore(period.end()),
                "units drawn by this year's double-random plans: inspected / drawn");
    }
}
