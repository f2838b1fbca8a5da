package org.firegov.accountability.responsibility;

import java.time.Instant;
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

/** Responsibility-list metrics (责任清单) over the tasks whose deadline falls in the period's year. */
@Component
class TaskEvidence implements MetricSource {

    private final MongoTemplate mongo;

    TaskEvidence(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Set<Metric> metrics() {
        return Set.of(Metric.TASKS_ON_TIME_RATE, Metric.OVERDUE_TASKS);
    }

    @Override
    public Evidence measure(Metric metric, ResponsibleParty party, AssessmentPeriod period) {
        Instant yearEnd = new AssessmentPeriod(period.year() + 1, period.asOf()).start();
        List<Document> tasks = mongo.find(Query.query(FactCriteria.ofParty(party)
                .and("deadline").gte(period.start()).lt(yearEnd)), Document.class, TaskView.COLLECTION);
        if (metric == Metric.OVERDUE_TASKS) {
            return Evidence.count(tasks.stream().filter(task -> overdueBy(task, period)).toList(),
                    "responsibility tasks due this year that went overdue");
        }
        return Evidence.rate(tasks.stream().filter(task -> completedBy(task, period) || overdueBy(task, period)).toList(),
                task -> completedBy(task, period) && Boolean.TRUE.equals(task.getBoolean("onTime")),
                "responsibility tasks due this year: completed on time / completed or overdue");
    }

    private static boolean completedBy(Document task, AssessmentPeriod period) {
        return task.get("completedAt") instanceof Date at && at.toInstant().isBefore(period.asOf());
    }

    private static boolean overdueBy(Document task, AssessmentPeriod period) {
        return Boolean.TRUE.equals(task.getBoolean("overdue"))
                && task.get("deadline") instanceof Date deadline && deadline.toInstant().isBefore(period.asOf());
    }
}
