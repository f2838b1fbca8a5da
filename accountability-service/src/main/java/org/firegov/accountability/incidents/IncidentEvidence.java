package org.firegov.accountability.incidents;

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

/**
 * Fires in a town's jurisdiction this year (historical entries excluded): how many, deaths, direct loss, and
 * major fires (较大及以上火灾), which veto the town's result (一票否决). Incidents name a town, not a department.
 */
@Component
class IncidentEvidence implements MetricSource {

    private final MongoTemplate mongo;

    IncidentEvidence(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Set<Metric> metrics() {
        return Set.of(Metric.FIRES, Metric.FIRE_DEATHS, Metric.FIRE_LOSSES, Metric.MAJOR_FIRES);
    }

    @Override
    public Evidence measure(Metric metric, ResponsibleParty party, AssessmentPeriod period) {
        if (party.kind() != PartyKind.TOWN) {
            return Evidence.nothingDue("incidents are attributed to the town where they happen, not to departments");
        }
        List<Document> fires = mongo.find(Query.query(Criteria.where("town").is(party.code()).and("kind").is("FIRE")
                        .and("historical").is(false).and("occurredOn").gte(period.firstDay()).lte(period.lastDay())),
                Document.class, IncidentFacts.COLLECTION);
        return switch (metric) {
            case FIRES -> Evidence.count(fires, "fires in the town this year");
            case FIRE_DEATHS -> Evidence.sum(fires, "deaths", 1, "people killed by fires in the town this year");
            case FIRE_LOSSES -> Evidence.sum(fires, "directLossYuan", 10_000,
                    "direct loss of fires in the town this year, in 10,000 CNY (万元)");
            default -> Evidence.count(fires.stream().filter(fire -> Boolean.TRUE.equals(fire.getBoolean("major"))).toList(),
                    "major fires (较大及以上火灾) in the town this year: any one fails the town (一票否决)");
        };
    }
}
