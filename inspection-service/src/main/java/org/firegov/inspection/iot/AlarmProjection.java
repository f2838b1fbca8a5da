package org.firegov.inspection.iot;

import java.time.Duration;
import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.firegov.inspection.iot.AlarmEvents.AlarmAcknowledged;
import org.firegov.inspection.iot.AlarmEvents.AlarmRaised;
import org.firegov.inspection.iot.AlarmEvents.AlarmResolved;
import org.firegov.inspection.iot.AlarmEvents.FaultEscalated;
import org.firegov.kit.axon.AuditMetadata;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps the {@code iot_alarms} collection; rebuilt from the event store on replay. */
@Component
@ProcessingGroup(AlarmProjection.GROUP)
class AlarmProjection {

    static final String GROUP = "iot-alarms";

    private final MongoTemplate mongo;

    AlarmProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(AlarmRaised event, @Timestamp Instant at) {
        mongo.save(new AlarmView(event.alarmId(), event.alarmKey(), event.deviceId(), event.unitId(), event.town(),
                event.department(), event.kind(), event.value(), event.measuredAt(), at,
                Duration.between(event.measuredAt(), at).toMillis(), AlarmView.Status.RAISED, null, null, null, null,
                null, null, null), AlarmView.COLLECTION);
    }

    @EventHandler
    void on(AlarmAcknowledged event, @Timestamp Instant at, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        mongo.updateFirst(byId(event.alarmId()), new Update().set("status", AlarmView.Status.ACKNOWLEDGED)
                .set("verdict", event.verdict()).set("acknowledgedBy", actor).set("acknowledgedAt", at)
                .set("note", event.note()), AlarmView.COLLECTION);
    }

    @EventHandler
    void on(AlarmResolved event, @Timestamp Instant at, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        Update update = new Update().set("status", AlarmView.Status.RESOLVED).set("resolvedBy", actor)
                .set("resolvedAt", at);
        if (event.note() != null) {
            update.set("note", event.note());
        }
        mongo.updateFirst(byId(event.alarmId()), update, AlarmView.COLLECTION);
    }

    @EventHandler
    void on(FaultEscalated event, @Timestamp Instant at) {
        mongo.updateFirst(byId(event.alarmId()), new Update().set("faultEscalatedAt", at), AlarmView.COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(AlarmView.COLLECTION);
    }

    private static Query byId(String alarmId) {
        return Query.query(Criteria.where("_id").is(alarmId));
    }
}
