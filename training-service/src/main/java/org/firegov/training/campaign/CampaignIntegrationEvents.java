package org.firegov.training.campaign;

import org.firegov.events.training.CampaignCancelledV1;
import org.firegov.events.training.CampaignHeldV1;
import org.firegov.events.training.CampaignPlannedV1;
import org.firegov.kit.publish.IntegrationEventMapper;
import org.firegov.training.campaign.CampaignEvents.CampaignCancelled;
import org.firegov.training.campaign.CampaignEvents.CampaignHeld;
import org.firegov.training.campaign.CampaignEvents.CampaignPlanned;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What campaigns tell other services (the annual assessment counts campaigns delivered and people reached). */
@Configuration
class CampaignIntegrationEvents {

    @Bean
    IntegrationEventMapper<CampaignPlanned> campaignPlannedV1() {
        return IntegrationEventMapper.of(CampaignPlanned.class, (e, at) -> new CampaignPlannedV1(e.campaignId(),
                e.kind().name(), e.town(), e.organiser().type().name(), e.organiser().code(), e.plannedDate(),
                e.demo(), at));
    }

    @Bean
    IntegrationEventMapper<CampaignHeld> campaignHeldV1() {
        return IntegrationEventMapper.of(CampaignHeld.class, (e, at) -> new CampaignHeldV1(e.campaignId(),
                e.kind().name(), e.town(), e.organiser().type().name(), e.organiser().code(), e.heldDate(),
                e.peopleReached(), e.demo(), at));
    }

    @Bean
    IntegrationEventMapper<CampaignCancelled> campaignCancelledV1() {
        return IntegrationEventMapper.of(CampaignCancelled.class, (e, at) -> new CampaignCancelledV1(e.campaignId(),
                e.kind().name(), e.town(), e.organiser().type().name(), e.organiser().code(), e.reason(), e.demo(),
                at));
    }
}
