package org.firegov.training.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.firegov.training.party.PartyType;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Read model of a campaign for the portals. {@code department} is the organiser's code when a department organises
 * (so a department sees its own campaigns), else null; {@code date} is the held date once held, else the planned
 * date (the calendar's date); {@code year} is the planned date's year; {@code photos} the evidence of a held
 * campaign (downloaded at {@code /api/training/campaigns/{id}/photos/{attachmentId}}), never public.
 */
@Document(CampaignView.COLLECTION)
public record CampaignView(@Id String campaignId, CampaignKind kind, String title, @Indexed String town,
                           PartyType organiserType, String organiserCode, @Indexed String department,
                           String audience, LocalDate plannedDate, @Indexed int year, String place, String contact,
                           CampaignStatus status, @Indexed LocalDate date, LocalDate heldDate,
                           Integer peopleReached, String note, String cancelReason, boolean demo,
                           Instant plannedAt, String plannedBy, Instant closedAt, List<CampaignPhoto> photos) {

    public static final String COLLECTION = "campaigns";
}
