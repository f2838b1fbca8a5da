package org.firegov.accountability.campaigns;

import org.firegov.events.training.CampaignCancelledV1;
import org.firegov.events.training.CampaignHeldV1;
import org.firegov.events.training.CampaignPlannedV1;
import org.firegov.kit.consume.ConsumedFacts;
import org.firegov.kit.consume.IntegrationEventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One fact per publicity campaign (宣传活动) from training's events, credited to its organiser: {@code town} or
 * {@code department} is the organising party (the brigade's campaigns count for neither); {@code place} is where it
 * happened. Upserts by campaign id, so re-deliveries change nothing.
 */
@Configuration
class CampaignFacts {

    static final String COLLECTION = "campaign_facts";


    @Bean
    ConsumedFacts consumedCampaignFacts() {
        return new ConsumedFacts(COLLECTION);
    }

    @Bean
    IntegrationEventHandler<CampaignPlannedV1> onCampaignPlanned(MongoTemplate mongo) {
        return IntegrationEventHandler.of(CampaignPlannedV1.class, (e, context) -> mongo.upsert(byId(e.campaignId()),
                organiser(e.organiserType(), e.organiserCode())
                        .set("place", e.town()).set("kind", e.kind()).set("plannedDate", e.plannedDate())
                        .set("demo", e.demo()).setOnInsert("status", "PLANNED"),
                COLLECTION));
    }

    @Bean
    IntegrationEventHandler<CampaignHeldV1> onCampaignHeld(MongoTemplate mongo) {
        return IntegrationEventHandler.of(CampaignHeldV1.class, (e, context) -> mongo.upsert(byId(e.campaignId()),
                organiser(e.organiserType(), e.organiserCode())
                        .set("place", e.town()).set("kind", e.kind()).set("demo", e.demo()).set("status", "HELD")
                        .set("heldDate", e.heldDate()).set("peopleReached", e.peopleReached()),
                COLLECTION));
    }

    @Bean
    IntegrationEventHandler<CampaignCancelledV1> onCampaignCancelled(MongoTemplate mongo) {
        return IntegrationEventHandler.of(CampaignCancelledV1.class, (e, context) -> mongo.upsert(
                byId(e.campaignId()),
                organiser(e.organiserType(), e.organiserCode())
                        .set("place", e.town()).set("kind", e.kind()).set("demo", e.demo()).set("status", "CANCELLED"),
                COLLECTION));
    }

    private static Update organiser(String type, String code) {
        return new Update()
                .set("town", "TOWN".equals(type) ? code : null)
                .set("department", "DEPARTMENT".equals(type) ? code : null);
    }

    private static Query byId(String campaignId) {
        return Query.query(Criteria.where("_id").is(campaignId));
    }
}
