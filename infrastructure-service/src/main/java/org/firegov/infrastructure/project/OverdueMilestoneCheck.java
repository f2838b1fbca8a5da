package org.firegov.infrastructure.project;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;
import org.firegov.infrastructure.project.KeyProjectCommands.DetectOverdueMilestones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finds milestones past their planned date without completion. Idempotent: each project aggregate remembers which
 * milestones it has already recorded as overdue, so running the check again (or on two instances) records nothing
 * new. Runs daily ({@code firegov.infrastructure.overdue-check-cron}) and on demand by the brigade.
 */
@Component
class OverdueMilestoneCheck {

    /** Plan dates are China Standard Time days. */
    static final ZoneId COUNTY_TIME = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(OverdueMilestoneCheck.class);

    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final Clock clock = Clock.system(COUNTY_TIME);

    OverdueMilestoneCheck(CommandGateway commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    /** A milestone found overdue by one run of the check. */
    record Detected(String projectId, String milestoneId) {
    }

    @Scheduled(cron = "${firegov.infrastructure.overdue-check-cron:0 0 6 * * *}", zone = "Asia/Shanghai")
    void daily() {
        log.info("Overdue milestone check found {} new overdue milestones", run().size());
    }

    /** @return the milestones newly recorded overdue (empty when the check already ran today) */
    List<Detected> run() {
        LocalDate today = LocalDate.now(clock);
        Query ids = new Query();
        ids.fields().include("_id");
        List<String> projectIds = mongo.find(ids, Document.class, KeyProjectView.COLLECTION).stream()
                .map(document -> document.getString("_id")).toList();
        List<Detected> detected = new ArrayList<>();
        for (String projectId : projectIds) {
            List<String> found = commands.sendAndWait(new DetectOverdueMilestones(projectId, today));
            found.forEach(milestoneId -> detected.add(new Detected(projectId, milestoneId)));
        }
        return detected;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
