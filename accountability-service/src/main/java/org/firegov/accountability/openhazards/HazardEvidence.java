package org.firegov.accountability.openhazards;

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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Hazard metrics from {@link HazardFact}s, as they stood at the period's end (from the facts' timestamps). */
@Component
class HazardEvidence implements MetricSource {

    private final MongoTemplate mongo;

    HazardEvidence(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Set<Metric> metrics() {
        return Set.of(Metric.MAJOR_HAZARDS_OPEN, Metric.OVERDUE_HAZARDS, Metric.HAZARDS_RECTIFIED_ON_TIME_RATE);
    }

    @Override
    public Evidence measure(Metric metric, ResponsibleParty party, AssessmentPeriod period) {
        Criteria ofParty = FactCriteria.ofParty(party);
        return switch (metric) {
            case MAJOR_HAZARDS_OPEN -> Evidence.count(find(ofParty.and("major").is(true)
                            .and("reportedAt").lt(period.end()).andOperator(stillOpenAt(period))),
                    "major hazards (重大火灾隐患) reported against the party's units and still open");
            case OVERDUE_HAZARDS -> Evidence.count(find(ofParty.and("overdue").is(true)
                            .and("deadline").lt(period.end()).andOperator(stillOpenAt(period))),
                    "hazards at the party's units past their rectification deadline and still open");
            default -> Evidence.rate(find(ofParty.and("deadline").gte(period.start()).lt(period.end())),
                    hazard -> Boolean.TRUE.equals(hazard.getBoolean("rectifiedOnTime"))
                            && hazard.get("rectifiedAt") instanceof Date at && !at.toInstant().isAfter(period.asOf()),
                    "hazards whose rectification deadline fell this year and has passed: rectified on time / due");
        };
    }

    /** Neither verified as rectified nor closed before the period's end. */
    private static Criteria stillOpenAt(AssessmentPeriod period) {
        return new Criteria().andOperator(
                new Criteria().orOperator(Criteria.where("closedAt").is(null), Criteria.where("closedAt").gte(period.end())),
                new Criteria().orOperator(Criteria.where("rectifiedAt").is(null),
                        Criteria.where("rectifiedAt").gte(period.end())));
    }

    private List<Document> find(Criteria criteria) {
        return mongo.find(Query.query(criteria), Document.class, HazardFact.COLLECTION);
    }
}
