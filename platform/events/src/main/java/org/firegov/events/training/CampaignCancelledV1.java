package org.firegov.events.training;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/** A planned publicity campaign (宣传活动) was cancelled, with the organiser's reason. */
@IntegrationEventType(value = "firegov.training.campaign.cancelled.v1", topic = TrainingEvents.CAMPAIGN_TOPIC)
public record CampaignCancelledV1(
        @NotBlank String campaignId,
        @NotBlank String kind,
        @NotBlank String town,
        @NotBlank String organiserType,
        @NotBlank String organiserCode,
        @NotBlank String reason,
        boolean demo,
        @NotNull Instant cancelledAt) implements IntegrationEvent {
}
