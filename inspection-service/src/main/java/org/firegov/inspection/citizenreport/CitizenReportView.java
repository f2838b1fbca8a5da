package org.firegov.inspection.citizenreport;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.firegov.inspection.citizenreport.CitizenReportEvents.CitizenReportDismissed;
import org.firegov.inspection.citizenreport.CitizenReportEvents.CitizenReportPlaced;
import org.firegov.inspection.citizenreport.CitizenReportEvents.CitizenReportReceived;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Citizens' reports as the brigade triages them ({@code citizen_reports}; rebuilt by replay). The contact is here
 * for the brigade to call back; the public lookup reads only the stage.
 */
@Document(CitizenReportView.COLLECTION)
record CitizenReportView(@Id String reportId, @Indexed(unique = true) String trackingCode, String unitId,
                         String town, String address, String description, String contact, @Indexed Status status,
                         String hazardId, String dismissalReason, Instant receivedAt, Instant handledAt) {

    static final String COLLECTION = "citizen_reports";

    /** UNPLACED: waits for the brigade to name the unit; PLACED: a hazard at a unit; DISMISSED: not pursued. */
    enum Status { UNPLACED, PLACED, DISMISSED }

    @Component
    @ProcessingGroup("citizen-reports")
    static class Projection {

        private final MongoTemplate mongo;

        Projection(MongoTemplate mongo) {
            this.mongo = mongo;
        }

        @EventHandler
        void on(CitizenReportReceived event, @Timestamp Instant at) {
            mongo.save(new CitizenReportView(event.reportId(), event.trackingCode(), event.unitId(), event.town(),
                    event.address(), event.description(), event.contact(),
                    event.unitId() == null ? Status.UNPLACED : Status.PLACED, event.hazardId(), null, at,
                    event.unitId() == null ? null : at), COLLECTION);
        }

        @EventHandler
        void on(CitizenReportPlaced event, @Timestamp Instant at) {
            update(event.reportId(), Update.update("status", Status.PLACED).set("unitId", event.unitId())
                    .set("hazardId", event.hazardId()).set("handledAt", at));
        }

        @EventHandler
        void on(CitizenReportDismissed event, @Timestamp Instant at) {
            update(event.reportId(), Update.update("status", Status.DISMISSED)
                    .set("dismissalReason", event.reason()).set("handledAt", at));
        }

        @ResetHandler
        void reset() {
            mongo.dropCollection(COLLECTION);
        }

        private void update(String reportId, Update update) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(reportId)), update, COLLECTION);
        }
    }
}
