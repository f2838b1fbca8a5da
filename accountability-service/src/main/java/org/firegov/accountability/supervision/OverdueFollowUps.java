package org.firegov.accountability.supervision;

import java.time.Clock;
import java.time.LocalDate;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.accountability.supervision.InterviewCommands.MarkFollowUpOverdue;
import org.firegov.kit.axon.ScheduledCommands;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finds warning interviews whose follow-up date has passed without a follow-up and marks each overdue; the
 * aggregate accepts the mark once, so restarts and overlapping checks never mark twice.
 */
@Component
public class OverdueFollowUps {

    private final MongoTemplate mongo;
    private final ScheduledCommands check;
    private final Clock clock;

    OverdueFollowUps(MongoTemplate mongo, CommandGateway commands, Clock clock) {
        this.mongo = mongo;
        this.check = new ScheduledCommands(commands, "follow-up-check");
        this.clock = clock;
    }

    /** @return how many interviews were newly marked overdue */
    @Scheduled(fixedDelayString = "${firegov.supervision.follow-up-check}",
            initialDelayString = "${firegov.supervision.follow-up-check}")
    public int check() {
        LocalDate today = Supervision.today(clock);
        return check.sendEach(mongo.find(Query.query(Criteria.where("status")
                        .is(InterviewView.Status.AWAITING_FOLLOW_UP).and("overdue").is(false)
                        .and("followUpBy").lt(today)), InterviewView.class, InterviewView.COLLECTION),
                interview -> new MarkFollowUpOverdue(interview.interviewId(), today));
    }
}
