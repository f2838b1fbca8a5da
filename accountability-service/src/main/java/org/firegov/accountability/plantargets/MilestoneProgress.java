package org.firegov.accountability.plantargets;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import org.firegov.accountability.forces.ForceFacts;
import org.firegov.accountability.milestones.MilestoneFacts;
import org.firegov.accountability.plantargets.TargetProgress.Status;
import org.firegov.accountability.scoring.AssessmentPeriod;
import org.firegov.accountability.scoring.Evidence;
import org.firegov.accountability.scoring.FactDates;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A key-project target from its milestones' facts on a day: a milestone is done when completed by then, or (for a
 * station or brigade) when a force of its kind was registered in its town by then. Achieved when all are done, missed
 * once the deadline has passed without, at risk while a milestone is past its planned date undone, else on track.
 */
@Component
class MilestoneProgress {

    private final MongoTemplate mongo;

    MilestoneProgress(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    TargetProgress progress(MilestoneTarget target, LocalDate day) {
        Map<String, Document> facts = mongo.find(Query.query(Criteria.where("_id").in(target.milestones())),
                Document.class, MilestoneFacts.COLLECTION).stream()
                .collect(Collectors.toMap(fact -> fact.getString("_id"), Function.identity()));
        Instant end = day.plusDays(1).atStartOfDay(AssessmentPeriod.COUNTY).toInstant();
        List<Document> evidence = new ArrayList<>(facts.values());
        long done = 0;
        boolean late = false;
        for (String milestone : target.milestones()) {
            Document fact = facts.get(milestone);
            Optional<Document> force = Optional.ofNullable(target.forces().get(milestone))
                    .flatMap(wanted -> registered(wanted, end));
            force.ifPresent(evidence::add);
            if (fact != null && onOrBefore(FactDates.localDate(fact, "completedOn"), day) || force.isPresent()) {
                done++;
            } else if (fact != null && FactDates.localDate(fact, "plannedDate") != null
                    && FactDates.localDate(fact, "plannedDate").isBefore(day)) {
                late = true;
            }
        }
        Status status = done == target.milestones().size() ? Status.ACHIEVED
                : day.isAfter(target.deadline()) ? Status.MISSED
                : late ? Status.AT_RISK : Status.ON_TRACK;
        return new TargetProgress(target.code(), target.title(), target.planText(),
                target.perMilestone() * target.milestones().size(), target.perMilestone() * done, target.unit(),
                target.deadline(), status, Evidence.ids(evidence),
                "key-project milestones completed by the day (infrastructure's milestone events): "
                        + String.join(", ", target.milestones())
                        + (target.forces().isEmpty() ? "" : "; or the force registered (force.registered): "
                        + target.forces().values()));
    }

    private Optional<Document> registered(MilestoneTarget.Force wanted, Instant end) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("kind").is(wanted.kind())
                .and("town").is(wanted.town()).and("registeredAt").lt(end))
                .with(org.springframework.data.domain.Sort.by("registeredAt", "_id")), Document.class,
                ForceFacts.FORCES));
    }

    private static boolean onOrBefore(LocalDate date, LocalDate day) {
        return date != null && !date.isAfter(day);
    }
}
