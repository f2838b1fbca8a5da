package org.firegov.inspection.checklist;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.firegov.inspection.checklist.ChecklistEvents.ChecklistTemplatePublished;
import org.firegov.kit.axon.AuditMetadata;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps the {@code checklist_templates} collection; rebuilt from the event store on replay. */
@Component
@ProcessingGroup(ChecklistProjection.GROUP)
class ChecklistProjection {

    static final String GROUP = "checklist-templates";

    private final MongoTemplate mongo;

    ChecklistProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ChecklistTemplatePublished e, @Timestamp Instant at, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        mongo.save(new ChecklistTemplateView(e.templateId(), e.category(), e.version(), e.title(), e.items(), at,
                actor));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ChecklistTemplateView.COLLECTION);
    }
}
