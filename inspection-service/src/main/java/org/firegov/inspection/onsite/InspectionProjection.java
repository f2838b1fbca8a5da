package org.firegov.inspection.onsite;

import java.time.Instant;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.firegov.inspection.onsite.InspectionView.Item;
import org.firegov.inspection.onsite.OnSiteInspectionEvents.FindingHazardRaised;
import org.firegov.inspection.onsite.OnSiteInspectionEvents.FindingRecorded;
import org.firegov.inspection.onsite.OnSiteInspectionEvents.InspectionCompleted;
import org.firegov.inspection.onsite.OnSiteInspectionEvents.InspectionStarted;
import org.firegov.kit.axon.AuditMetadata;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps the {@code inspections} collection; rebuilt from the event store on replay. */
@Component
@ProcessingGroup(InspectionProjection.GROUP)
class InspectionProjection {

    static final String GROUP = "inspections";

    private final MongoTemplate mongo;

    InspectionProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(InspectionStarted e, @Timestamp Instant at, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        mongo.save(new InspectionView(e.inspectionId(), e.unitId(), e.town(), e.department(), e.planId(),
                e.templateId(), e.inspectors(), e.inspectedOn(),
                e.items().stream().map(item -> new Item(item.code(), item.text(), null, null, null)).toList(),
                InspectionView.Status.IN_PROGRESS, null, 0, 0, at, actor, null));
    }

    @EventHandler
    void on(FindingRecorded e) {
        updateItem(e.inspectionId(), e.itemCode(), item -> item.with(e.result(), e.note()));
    }

    @EventHandler
    void on(FindingHazardRaised e) {
        updateItem(e.inspectionId(), e.itemCode(), item -> item.withHazard(e.hazardId()));
    }

    @EventHandler
    void on(InspectionCompleted e, @Timestamp Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(e.inspectionId())),
                Update.update("status", InspectionView.Status.COMPLETED).set("passed", e.passed())
                        .set("failedItems", e.failedItems()).set("hazardsRaised", e.hazardsRaised())
                        .set("completedAt", at), InspectionView.COLLECTION);
    }

    /** Read, change one item, write: the processor handles one inspection's events in order. */
    private void updateItem(String inspectionId, String code, UnaryOperator<Item> change) {
        InspectionView view = mongo.findById(inspectionId, InspectionView.class, InspectionView.COLLECTION);
        if (view != null) {
            mongo.save(view.withItems(view.items().stream()
                    .map(item -> item.code().equals(code) ? change.apply(item) : item).toList()),
                    InspectionView.COLLECTION);
        }
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(InspectionView.COLLECTION);
    }
}
