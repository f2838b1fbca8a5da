package org.firegov.inspection.publicreport;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.firegov.inspection.publicreport.PublicReport.ReportFiled;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Which client filed which report ({@code public_reports}); rebuilt by replay. */
record PublicReportView(@Id String reportId, String clientId, String unitId, String contact) {

    static final String COLLECTION = "public_reports";

    @Component
    @ProcessingGroup("public-reports")
    static class Projection {

        private final MongoTemplate mongo;

        Projection(MongoTemplate mongo) {
            this.mongo = mongo;
        }

        @EventHandler
        void on(ReportFiled event) {
            mongo.save(new PublicReportView(event.reportId(), event.clientId(), event.unitId(), event.contact()),
                    COLLECTION);
        }

        @ResetHandler
        void reset() {
            mongo.dropCollection(COLLECTION);
        }
    }
}
