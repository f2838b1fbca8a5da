package org.firegov.inspection.selfinspection;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.firegov.inspection.selfinspection.SelfInspectionEvents.SelfInspectionSubmitted;
import org.firegov.kit.axon.AuditMetadata;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps the {@code self_inspections} collection; rebuilt from the event store on replay. */
@Component
@ProcessingGroup(SelfInspectionProjection.GROUP)
class SelfInspectionProjection {

    static final String GROUP = "self-inspections";

    private final MongoTemplate mongo;

    SelfInspectionProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(SelfInspectionSubmitted e, @Timestamp Instant at, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        mongo.save(new SelfInspectionView(e.submissionId(), e.unitId(), e.town(), e.department(), e.period(),
                e.submittedOn(), e.templateId(), e.answers(), e.commitment(), e.riskDeclaration(), e.failedItems(),
                e.hazards(), at, actor));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(SelfInspectionView.COLLECTION);
    }
}
