package org.firegov.accountability.plantargets;

import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.firegov.accountability.milestones.MilestoneFacts;
import org.firegov.accountability.plantargets.TargetProgress.Status;
import org.firegov.accountability.scoring.Evidence;
import org.firegov.accountability.scoring.FactDates;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A key-project target from its milestones' facts on a day: achieved when all are complete, missed once its
 * deadline has passed without, at risk while a milestone is past its planned date undone, otherwise on track.
 */
@Component
class MilestoneProgress {

    private final MongoTemplate mongo;

    MilestoneProgress(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    TargetProgress progress(MilestoneTarget target, LocalDate day) {
        List<Document> facts = mongo.find(Query.query(Criteria.where("_id").in(target.milestones())),
                Document.class, MilestoneFacts.COLLECTION);
        long completed = facts.stream().filter(m -> onOrBefore(FactDates.localDate(m, "completedOn"), day)).count();
        boolean late = facts.stream().anyMatch(m -> !onOrBefore(FactDates.localDate(m, "completedOn"), day)
                && FactDates.localDate(m, "plannedDate") != null && FactDates.localDate(m, "plannedDate").isBefore(day));
        Status status = completed == target.milestones().size() ? Status.ACHIEVED
                : day.isAfter(target.deadline()) ? Status.MISSED
                : late ? Status.AT_RISK : Status.ON_TRACK;
        return new TargetProgress(target.code(), target.title(), target.planText(),
                target.perMilestone() * target.milestones().size(), target.perMilestone() * completed, target.unit(),
                target.deadline(), status, Evidence.ids(facts),
                "key-project milestones completed by the day (infrastructure's milestone events): "
                        + String.join(", ", target.milestones()));
    }

    private static boolean onOrBefore(LocalDate date, LocalDate day) {
        return date != null && !date.isAfter(day);
    }
}
