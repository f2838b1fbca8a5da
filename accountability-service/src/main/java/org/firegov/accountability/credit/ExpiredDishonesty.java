package org.firegov.accountability.credit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.accountability.credit.DishonestyCommands.ExpireDishonesty;
import org.firegov.kit.axon.ScheduledCommands;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Ends records whose period is over (期满移出); the aggregate accepts this once, so reruns are harmless. */
@Component
public class ExpiredDishonesty {

    private final MongoTemplate mongo;
    private final ScheduledCommands check;
    private final Clock clock;

    ExpiredDishonesty(MongoTemplate mongo, CommandGateway commands, Clock clock) {
        this.mongo = mongo;
        this.check = new ScheduledCommands(commands, "dishonesty-expiry-check");
        this.clock = clock;
    }

    /** @return how many records expired now */
    @Scheduled(fixedDelayString = "${firegov.credit.expiry-check}", initialDelayString = "${firegov.credit.expiry-check}")
    public int check() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        // a record ended meanwhile (repaired, or expired by another instance) is refused and skipped
        return check.sendEach(mongo.find(Query.query(Criteria.where("status").is(DishonestyView.Status.ACTIVE)
                        .and("expiresOn").lte(today)), DishonestyView.class, DishonestyView.COLLECTION),
                record -> new ExpireDishonesty(record.recordId(), today));
    }
}
