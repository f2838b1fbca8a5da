package org.firegov.inspection.notification;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.firegov.inspection.notification.OpeningApplicationEvents.ApplicationAccepted;
import org.firegov.inspection.notification.OpeningApplicationEvents.ApplicationRefused;
import org.firegov.inspection.notification.OpeningApplicationEvents.ApplicationSubmitted;
import org.firegov.inspection.notification.OpeningApplicationEvents.CheckFailed;
import org.firegov.inspection.notification.OpeningApplicationEvents.CheckPassed;
import org.firegov.inspection.notification.OpeningApplicationEvents.CheckScheduled;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps the {@code opening_applications} collection; rebuilt from the event store on replay. */
@Component
@ProcessingGroup(OpeningApplicationProjection.GROUP)
class OpeningApplicationProjection {

    static final String GROUP = "opening-applications";

    private final MongoTemplate mongo;

    OpeningApplicationProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ApplicationSubmitted e, @Timestamp Instant at) {
        mongo.save(new OpeningApplicationView(e.applicationId(), e.clientId(), e.venueName(), e.creditCode(),
                e.town(), e.address(), e.commitment(), e.attachments(), ApplicationStatus.SUBMITTED, e.sequence(),
                null, null, null, at, at), OpeningApplicationView.COLLECTION);
    }

    @EventHandler
    void on(ApplicationAccepted e, @Timestamp Instant at) {
        save(e.applicationId(), status(e.sequence(), at, ApplicationStatus.ACCEPTED).set("checkDueBy", e.checkDueBy()));
    }

    @EventHandler
    void on(ApplicationRefused e, @Timestamp Instant at) {
        save(e.applicationId(), status(e.sequence(), at, ApplicationStatus.REJECTED).set("reason", e.reason()));
    }

    @EventHandler
    void on(CheckScheduled e, @Timestamp Instant at) {
        save(e.applicationId(), status(e.sequence(), at, ApplicationStatus.CHECK_SCHEDULED)
                .set("checkDate", e.checkDate()));
    }

    @EventHandler
    void on(CheckPassed e, @Timestamp Instant at) {
        save(e.applicationId(), status(e.sequence(), at, ApplicationStatus.APPROVED));
    }

    @EventHandler
    void on(CheckFailed e, @Timestamp Instant at) {
        save(e.applicationId(), status(e.sequence(), at, ApplicationStatus.REJECTED).set("reason", e.reason()));
    }

    private static Update status(long sequence, Instant at, ApplicationStatus status) {
        return Update.update("status", status).set("sequence", sequence).set("updatedAt", at);
    }

    private void save(String applicationId, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(applicationId)), update,
                OpeningApplicationView.COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(OpeningApplicationView.COLLECTION);
    }
}
