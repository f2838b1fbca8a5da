package org.firegov.inspection.hazard;

import java.time.Instant;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.inspection.hazard.HazardCommands.MarkHazardOverdue;
import org.firegov.kit.axon.ScheduledCommands;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finds hazards past their rectification deadline (逾期未整改) in the read model and marks each overdue. The
 * hazard accepts {@link MarkHazardOverdue} once per deadline, so repeated runs, several instances or a restart
 * (the read model and the event store are both persistent) never mark a hazard twice.
 */
@Component
class OverdueHazardCheck {

    static final String ACTOR = "overdue-check";
    private static final int BATCH = 500;

    private final MongoTemplate mongo;
    private final ScheduledCommands check;

    OverdueHazardCheck(MongoTemplate mongo, CommandGateway commands) {
        this.mongo = mongo;
        this.check = new ScheduledCommands(commands, ACTOR);
    }

    @Scheduled(fixedDelayString = "${firegov.inspection.overdue-check-interval:PT1M}",
            initialDelayString = "${firegov.inspection.overdue-check-interval:PT1M}")
    void scheduled() {
        markOverdueHazards(Instant.now());
    }

    /** @return how many hazards were newly marked overdue */
    int markOverdueHazards(Instant now) {
        List<HazardView> due = mongo.find(Query.query(Criteria.where("stage").is(HazardStage.RECTIFICATION_ORDERED)
                        .and("overdue").is(false).and("deadline").lt(now)).limit(BATCH),
                HazardView.class, HazardView.COLLECTION);
        return check.sendEach(due, hazard -> new MarkHazardOverdue(hazard.hazardId(), hazard.deadline(), now));
    }
}
