package org.firegov.accountability.supervision;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.firegov.accountability.party.PartyKind;
import org.firegov.accountability.supervision.InterviewEvents.FollowUpOverdue;
import org.firegov.accountability.supervision.InterviewEvents.FollowUpRecorded;
import org.firegov.accountability.supervision.InterviewEvents.InterviewHeld;
import org.firegov.kit.axon.AuditMetadata;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps {@code warning_interviews}; rebuilt from the event store on replay. */
@Component
@ProcessingGroup("warning-interviews")
class InterviewProjection {

    private final MongoTemplate mongo;

    InterviewProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(InterviewHeld e, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        mongo.save(new InterviewView(e.interviewId(), e.partyKind(), e.partyCode(),
                e.partyKind() == PartyKind.TOWN ? e.partyCode() : null,
                e.partyKind() == PartyKind.DEPARTMENT ? e.partyCode() : null, e.reason(), e.heldOn(), e.followUpBy(),
                InterviewView.Status.AWAITING_FOLLOW_UP, false, null, null, actor));
    }

    @EventHandler
    void on(FollowUpRecorded e, @Timestamp Instant at) {
        update(e.interviewId(), Update.update("status", InterviewView.Status.FOLLOWED_UP).set("outcome", e.outcome())
                .set("followedUpAt", at));
    }

    @EventHandler
    void on(FollowUpOverdue e) {
        update(e.interviewId(), Update.update("overdue", true));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(InterviewView.COLLECTION);
    }

    private void update(String interviewId, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(interviewId)), update, InterviewView.COLLECTION);
    }
}
