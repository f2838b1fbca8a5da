package org.firegov.training.campaign;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.firegov.training.party.Party;

/** Commands of a publicity campaign (宣传活动); {@code by} is the party that issued the command. */
public final class CampaignCommands {

    /** Plan a campaign; {@code contact} is the organiser's contact person and phone, never shown publicly. */
    public record PlanCampaign(@TargetAggregateIdentifier String campaignId, CampaignKind kind, String title,
                               String town, Party organiser, String audience, LocalDate plannedDate, String place,
                               String contact, boolean demo, Party by) {
    }

    /**
     * Record that a planned campaign took place, with photos as evidence (already in the attachment store, possibly
     * none); {@code today} is the county's date when the command was issued.
     */
    public record HoldCampaign(@TargetAggregateIdentifier String campaignId, LocalDate heldDate, int peopleReached,
                               String note, LocalDate today, Party by, List<CampaignPhoto> photos) {

        public HoldCampaign(String campaignId, LocalDate heldDate, int peopleReached, String note, LocalDate today,
                            Party by) {
            this(campaignId, heldDate, peopleReached, note, today, by, List.of());
        }
    }

    /** Attach photos, already in the attachment store, as evidence to a held campaign. */
    public record AttachCampaignPhotos(@TargetAggregateIdentifier String campaignId,
                                       List<CampaignPhoto> photos, Party by) {
    }

    public record CancelCampaign(@TargetAggregateIdentifier String campaignId, String reason, Party by) {
    }

    private CampaignCommands() {
    }
}
