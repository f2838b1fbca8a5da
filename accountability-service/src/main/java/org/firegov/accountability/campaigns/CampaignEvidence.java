package org.firegov.accountability.campaigns;

import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.firegov.accountability.party.PartyKind;
import org.firegov.accountability.party.ResponsibleParty;
import org.firegov.accountability.scheme.Metric;
import org.firegov.accountability.scoring.AssessmentPeriod;
import org.firegov.accountability.scoring.Evidence;
import org.firegov.accountability.scoring.FactCriteria;
import org.firegov.accountability.scoring.FactDates;
import org.firegov.accountability.scoring.MetricSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Campaign metrics: campaigns held by their organiser, and people reached in a town per 1,000 residents. */
@Component
class CampaignEvidence implements MetricSource {

    private final MongoTemplate mongo;

    CampaignEvidence(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Set<Metric> metrics() {
        return Set.of(Metric.CAMPAIGNS_HELD_RATE, Metric.PEOPLE_REACHED_PER_THOUSAND);
    }

    @Override
    public Evidence measure(Metric metric, ResponsibleParty party, AssessmentPeriod period) {
        return metric == Metric.CAMPAIGNS_HELD_RATE ? held(party, period) : peopleReached(party, period);
    }

    /** Campaigns the party organised that were due (planned this year, up to the period's last day): held / due. */
    private Evidence held(ResponsibleParty party, AssessmentPeriod period) {
        List<Document> due = mongo.find(Query.query(FactCriteria.ofParty(party).and("demo").is(false)
                        .and("status").ne("CANCELLED")
                        .and("plannedDate").gte(period.firstDay()).lte(period.lastDay())),
                Document.class, CampaignFacts.COLLECTION);
        return Evidence.rate(due, campaign -> heldIn(campaign, period),
                "non-demo campaigns the party organised with a planned date this year, up to today: held / due");
    }

    /** 每千人受教育人数: people reached by non-demo campaigns held in the town this year, per 1,000 residents. */
    private Evidence peopleReached(ResponsibleParty party, AssessmentPeriod period) {
        String basis = "people reached by non-demo campaigns held in the town this year, per 1,000 residents "
                + "(population from configuration)";
        if (party.kind() != PartyKind.TOWN) {
            return Evidence.nothingDue("a department has no residents of its own; " + basis);
        }
        if (party.population() == null || party.population() <= 0) {
            return Evidence.noSource("no population configured for " + party.code() + "; " + basis);
        }
        List<Document> held = mongo.find(Query.query(Criteria.where("place").is(party.code()).and("demo").is(false)
                        .and("status").is("HELD").and("heldDate").gte(period.firstDay()).lte(period.lastDay())),
                Document.class, CampaignFacts.COLLECTION);
        return Evidence.sum(held, "peopleReached", party.population() / 1000.0, basis);
    }

    private static boolean heldIn(Document campaign, AssessmentPeriod period) {
        return "HELD".equals(campaign.getString("status")) && period.covers(FactDates.localDate(campaign, "heldDate"));
    }
}
