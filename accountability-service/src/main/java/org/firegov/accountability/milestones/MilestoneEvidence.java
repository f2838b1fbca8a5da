package org.firegov.accountability.milestones;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.firegov.accountability.party.ResponsibleParty;
import org.firegov.accountability.scheme.Metric;
import org.firegov.accountability.scoring.AssessmentPeriod;
import org.firegov.accountability.scoring.Evidence;
import org.firegov.accountability.scoring.FactDates;
import org.firegov.accountability.scoring.MetricSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * 重点工程节点按期率: milestones of projects the party answers for, planned this year and due by the period's end
 * (completed, or found overdue): completed on time / due.
 */
@Component
class MilestoneEvidence implements MetricSource {

    private final MongoTemplate mongo;

    MilestoneEvidence(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Set<Metric> metrics() {
        return Set.of(Metric.MILESTONES_ON_TIME_RATE);
    }

    @Override
    public Evidence measure(Metric metric, ResponsibleParty party, AssessmentPeriod period) {
        List<Document> due = mongo.find(Query.query(Criteria.where("party").is(party.code())
                        .and("plannedDate").gte(period.firstDay()).lte(period.lastDay())),
                Document.class, MilestoneFacts.COLLECTION).stream()
                .filter(m -> onOrBefore(FactDates.localDate(m, "completedOn"), period)
                        || onOrBefore(FactDates.localDate(m, "overdueOn"), period))
                .toList();
        return Evidence.rate(due, m -> Boolean.TRUE.equals(m.getBoolean("onTime"))
                        && onOrBefore(FactDates.localDate(m, "completedOn"), period),
                "milestones of the projects the party answers for, planned this year: completed on time / due");
    }

    private static boolean onOrBefore(LocalDate day, AssessmentPeriod period) {
        return day != null && !day.isAfter(period.lastDay());
    }
}
