package org.firegov.inspection.hazard;

import java.time.Instant;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.firegov.inspection.hazard.HazardEvents.HazardClosed;
import org.firegov.inspection.hazard.HazardEvents.HazardOverdue;
import org.firegov.inspection.hazard.HazardEvents.HazardReported;
import org.firegov.inspection.hazard.HazardEvents.MajorHazardDelisted;
import org.firegov.inspection.hazard.HazardEvents.MajorHazardListed;
import org.firegov.inspection.hazard.HazardEvents.RectificationOrdered;
import org.firegov.inspection.hazard.HazardEvents.RectificationRejected;
import org.firegov.inspection.hazard.HazardEvents.RectificationSubmitted;
import org.firegov.kit.axon.AuditMetadata;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps the {@code hazards} collection; rebuilt from the event store on replay. */
@Component
@ProcessingGroup(HazardProjection.GROUP)
class HazardProjection {

    static final String GROUP = "hazards";

    private final MongoTemplate mongo;

    HazardProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(HazardReported event, @Timestamp Instant at, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        mongo.save(new HazardView(event.hazardId(), event.unitId(), event.town(), event.department(),
                event.description(), event.source(), event.major(), HazardView.Status.OPEN, at, actor, null,
                HazardStage.REPORTED, null, false, null, null, false, null, null, List.of()));
    }

    @EventHandler
    void on(RectificationOrdered event) {
        update(event.hazardId(), Update.update("stage", HazardStage.RECTIFICATION_ORDERED)
                .set("deadline", event.deadline()).set("overdue", false));
    }

    @EventHandler
    void on(RectificationSubmitted event) {
        Update update = Update.update("stage", HazardStage.RECTIFICATION_SUBMITTED)
                .set("rectification", event.description()).set("overdue", false);
        if (event.evidence() != null && !event.evidence().isEmpty()) {
            update.push("evidence").each(event.evidence().toArray());
        }
        update(event.hazardId(), update);
    }

    @EventHandler
    void on(RectificationRejected event) {
        update(event.hazardId(), Update.update("stage", HazardStage.RECTIFICATION_ORDERED)
                .set("deadline", event.newDeadline()).set("rejectionReason", event.reason()).set("overdue", false));
    }

    @EventHandler
    void on(HazardOverdue event) {
        update(event.hazardId(), Update.update("overdue", true));
    }

    @EventHandler
    void on(HazardClosed event, @Timestamp Instant at) {
        update(event.hazardId(), Update.update("status", HazardView.Status.CLOSED).set("closedAt", at)
                .set("stage", HazardStage.CLOSED).set("overdue", false));
    }

    @EventHandler
    void on(MajorHazardListed event, @Timestamp Instant at) {
        update(event.hazardId(), Update.update("listed", true).set("listedAt", at).set("delistedAt", null));
    }

    @EventHandler
    void on(MajorHazardDelisted event, @Timestamp Instant at) {
        update(event.hazardId(), Update.update("listed", false).set("delistedAt", at));
    }

    private void update(String hazardId, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(hazardId)), update, HazardView.class,
                HazardView.COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(HazardView.COLLECTION);
    }
}
