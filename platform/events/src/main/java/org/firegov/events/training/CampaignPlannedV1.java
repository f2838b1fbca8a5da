package org.firegov.events.training;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * A publicity campaign (宣传活动) was planned.
 *
 * @param kind          {@code COMMUNITY}, {@code SCHOOL}, {@code ENTERPRISE}, {@code RURAL}, {@code FAMILY} (“五进”) or
 *                      {@code WINTER_SPRING}, {@code SUMMER}, {@code FIRE_MONTH_119} (seasonal drives)
 * @param town          town code where it takes place, e.g. {@code xiabao}
 * @param organiserType {@code BRIGADE}, {@code DEPARTMENT} or {@code TOWN}
 * @param organiserCode {@code brigade}, a department code or a town code
 * @param demo          demo data loaded by the seed; assessment should ignore it
 */
@IntegrationEventType(value = "firegov.training.campaign.planned.v1", topic = TrainingEvents.CAMPAIGN_TOPIC)
public record CampaignPlannedV1(
        @NotBlank String campaignId,
        @NotBlank String kind,
        @NotBlank String town,
        @NotBlank String organiserType,
        @NotBlank String organiserCode,
        @NotNull LocalDate plannedDate,
        boolean demo,
        @NotNull Instant plannedAt) implements IntegrationEvent {
}
