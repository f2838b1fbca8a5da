package org.firegov.training.campaign;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.firegov.training.party.Party;

/** Commands of a publicity campaign (宣传活动); {@code by} is the party that issued the command. */
public final class CampaignCommands {

    /** Plan a campaign; {@code contact} is the organiser's contact person and phone, never shown publicly. */
    public record PlanCampaign(@TargetAggregateIdentifier String campaignId, CampaignKind kind, String title,
                               String town, Party organiser, String audience, LocalDate plannedDate, String place,
                               String contact, boolean demo, Party by) {
    }

    /** Record that a planned campaign took place; {@code today} is the county's date when the command was issued. */
    public record HoldCampaign(@TargetAggregateIdentifier String campaignId, LocalDate heldDate, int peopleReached,
                               String note, LocalDate today, Party by) {
    }

    public record CancelCampaign(@TargetAggregateIdentifier String campaignId, String reason, Party by) {
    }

    private CampaignCommands() {
    }
}
