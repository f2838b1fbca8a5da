package org.firegov.accountability.credit;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.firegov.accountability.credit.DishonestyEvents.CreditRepaired;
import org.firegov.accountability.credit.DishonestyEvents.DishonestyExpired;
import org.firegov.accountability.credit.DishonestyEvents.DishonestyRecorded;
import org.firegov.kit.axon.AuditMetadata;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps {@code dishonesty_records}; rebuilt from the event store on replay. */
@Component
@ProcessingGroup("dishonesty-records")
class DishonestyProjection {

    private final MongoTemplate mongo;

    DishonestyProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(DishonestyRecorded e, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        mongo.save(new DishonestyView(e.recordId(), e.unitId(), e.unitName(), e.town(), e.department(), e.basis(),
                e.reason(), e.effectiveFrom(), e.expiresOn(), DishonestyView.Status.ACTIVE, null, actor, null));
    }

    @EventHandler
    void on(CreditRepaired e, @Timestamp Instant at) {
        end(e.recordId(), Update.update("status", DishonestyView.Status.REPAIRED).set("endedAt", at)
                .set("repairEvidence", e.evidence()));
    }

    @EventHandler
    void on(DishonestyExpired e, @Timestamp Instant at) {
        end(e.recordId(), Update.update("status", DishonestyView.Status.EXPIRED).set("endedAt", at));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(DishonestyView.COLLECTION);
    }

    private void end(String recordId, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(recordId)), update, DishonestyView.class,
                DishonestyView.COLLECTION);
    }
}
