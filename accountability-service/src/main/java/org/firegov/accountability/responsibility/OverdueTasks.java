package org.firegov.accountability.responsibility;

import java.time.Clock;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.accountability.responsibility.TaskCommands.MarkTaskOverdue;
import org.firegov.kit.axon.ScheduledCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finds open tasks past their deadline and marks each overdue (escalation). State lives in the event store, so the
 * check survives restarts; the aggregate accepts the mark once per deadline, so overlapping checks or several
 * instances never escalate twice.
 */
@Component
public class OverdueTasks {

    private static final Logger log = LoggerFactory.getLogger(OverdueTasks.class);

    private final MongoTemplate mongo;
    private final ScheduledCommands check;
    private final Clock clock;

    OverdueTasks(MongoTemplate mongo, CommandGateway commands, Clock clock) {
        this.mongo = mongo;
        this.check = new ScheduledCommands(commands, "overdue-task-check");
        this.clock = clock;
    }

    /** @return how many tasks were newly marked overdue */
    @Scheduled(fixedDelayString = "${firegov.responsibility.overdue-check}",
            initialDelayString = "${firegov.responsibility.overdue-check}")
    public int check() {
        var now = clock.instant();
        var due = Query.query(Criteria.where("status").is(TaskView.Status.OPEN)
                .and("overdue").is(false)
                .and("deadline").lt(now));
        int marked = check.sendEach(mongo.find(due, TaskView.class, TaskView.COLLECTION),
                task -> new MarkTaskOverdue(task.taskId(), now));
        if (marked > 0) {
            log.info("{} responsibility task(s) newly overdue", marked);
        }
        return marked;
    }
}
