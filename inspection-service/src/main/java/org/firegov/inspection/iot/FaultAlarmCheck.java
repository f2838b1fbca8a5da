package org.firegov.inspection.iot;

import java.time.Instant;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.inspection.iot.AlarmCommands.EscalateFault;
import org.firegov.kit.axon.ScheduledCommands;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 故障超时未处理 — a {@code FAULT} alarm still open {@code fault-becomes-hazard-after} after the fault was measured
 * becomes a hazard. Found in the {@code iot_alarms} read model; the alarm accepts {@link EscalateFault} once, so
 * repeated runs, several instances or a restart never report a second hazard.
 */
@Component
class FaultAlarmCheck {

    static final String ACTOR = "fault-check";
    private static final int BATCH = 500;

    private final MongoTemplate mongo;
    private final ScheduledCommands check;
    private final IotProperties properties;

    FaultAlarmCheck(MongoTemplate mongo, CommandGateway commands, IotProperties properties) {
        this.mongo = mongo;
        this.check = new ScheduledCommands(commands, ACTOR);
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${firegov.inspection.iot.offline-check-interval}",
            initialDelayString = "${firegov.inspection.iot.offline-check-interval}")
    void scheduled() {
        escalate(Instant.now());
    }

    /** @return how many faults became hazards */
    int escalate(Instant now) {
        Instant faultBefore = now.minus(properties.faultBecomesHazardAfter());
        var due = mongo.find(Query.query(Criteria.where("kind").is(AlarmKind.FAULT)
                .and("status").ne(AlarmView.Status.RESOLVED).and("faultEscalatedAt").is(null)
                .and("measuredAt").lt(faultBefore)).limit(BATCH), AlarmView.class, AlarmView.COLLECTION);
        return check.sendEach(due, alarm -> new EscalateFault(alarm.alarmKey(), alarm.alarmId(), faultBefore));
    }
}
