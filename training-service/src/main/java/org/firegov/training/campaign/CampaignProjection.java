package org.firegov.training.campaign;

import java.time.Instant;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.firegov.kit.axon.AuditMetadata;
import org.firegov.training.campaign.CampaignEvents.CampaignCancelled;
import org.firegov.training.campaign.CampaignEvents.CampaignHeld;
import org.firegov.training.campaign.CampaignEvents.CampaignPhotosAttached;
import org.firegov.training.campaign.CampaignEvents.CampaignPlanned;
import org.firegov.training.party.Party;
import org.firegov.training.party.PartyType;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps the {@code campaigns} collection; rebuilt from the event store on replay. */
@Component
@ProcessingGroup(CampaignProjection.GROUP)
class CampaignProjection {

    static final String GROUP = "campaigns";

    private final MongoTemplate mongo;

    CampaignProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(CampaignPlanned event, @Timestamp Instant at, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        Party organiser = event.organiser();
        mongo.save(new CampaignView(event.campaignId(), event.kind(), event.title(), event.town(), organiser.type(),
                organiser.code(), organiser.type() == PartyType.DEPARTMENT ? organiser.code() : null,
                event.audience(), event.plannedDate(), event.plannedDate().getYear(), event.place(), event.contact(),
                CampaignStatus.PLANNED, event.plannedDate(), null, null, null, null, event.demo(), at, actor, null, List.of()),
                CampaignView.COLLECTION);
    }

    @EventHandler
    void on(CampaignHeld event, @Timestamp Instant at) {
        update(event.campaignId(), Update.update("status", CampaignStatus.HELD).set("heldDate", event.heldDate())
                .set("date", event.heldDate()).set("peopleReached", event.peopleReached()).set("note", event.note())
                .set("closedAt", at));
    }

    @EventHandler
    void on(CampaignPhotosAttached event) {
        update(event.campaignId(), new Update().push("photos").each(event.photos().toArray()));
    }

    @EventHandler
    void on(CampaignCancelled event, @Timestamp Instant at) {
        update(event.campaignId(), Update.update("status", CampaignStatus.CANCELLED)
                .set("cancelReason", event.reason()).set("closedAt", at));
    }

    private void update(String campaignId, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(campaignId)), update, CampaignView.class,
                CampaignView.COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(CampaignView.COLLECTION);
    }
}
