package org.firegov.training.campaign;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.firegov.training.party.Party;

/**
 * Domain events of a campaign, private to training-service. Each carries the campaign's kind, town and organiser,
 * so projections and integration events never need a join.
 */
public final class CampaignEvents {

    @Revision("1")
    public record CampaignPlanned(String campaignId, CampaignKind kind, String title, String town, Party organiser,
                                  String audience, LocalDate plannedDate, String place, String contact,
                                  boolean demo) {
    }

    @Revision("1")
    public record CampaignHeld(String campaignId, CampaignKind kind, String town, Party organiser, LocalDate heldDate,
                               int peopleReached, String note, boolean demo) {
    }

    /** Photos attached as evidence to a held campaign (活动照片). */
    @Revision("1")
    public record CampaignPhotosAttached(String campaignId, String town, Party organiser,
                                         List<CampaignPhoto> photos, boolean demo) {
    }

    @Revision("1")
    public record CampaignCancelled(String campaignId, CampaignKind kind, String town, Party organiser,
                                    String reason, boolean demo) {
    }

    private CampaignEvents() {
    }
}
