package org.firegov.events.training;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * A planned publicity campaign (宣传活动) was held: evidence for the annual assessment (campaigns delivered).
 *
 * @param peopleReached people the campaign reached (受教育人数)
 * @param heldDate      the day it was held (never in the future)
 */
@IntegrationEventType(value = "firegov.training.campaign.held.v1", topic = TrainingEvents.CAMPAIGN_TOPIC)
public record CampaignHeldV1(
        @NotBlank String campaignId,
        @NotBlank String kind,
        @NotBlank String town,
        @NotBlank String organiserType,
        @NotBlank String organiserCode,
        @NotNull LocalDate heldDate,
        @PositiveOrZero int peopleReached,
        boolean demo,
        @NotNull Instant heldAt) implements IntegrationEvent {
}
