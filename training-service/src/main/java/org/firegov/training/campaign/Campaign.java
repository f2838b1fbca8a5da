package org.firegov.training.campaign;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.training.County;
import org.firegov.training.campaign.CampaignCommands.AttachCampaignPhotos;
import org.firegov.training.campaign.CampaignCommands.CancelCampaign;
import org.firegov.training.campaign.CampaignCommands.HoldCampaign;
import org.firegov.training.campaign.CampaignCommands.PlanCampaign;
import org.firegov.training.campaign.CampaignEvents.CampaignCancelled;
import org.firegov.training.campaign.CampaignEvents.CampaignHeld;
import org.firegov.training.campaign.CampaignEvents.CampaignPhotosAttached;
import org.firegov.training.campaign.CampaignEvents.CampaignPlanned;
import org.firegov.training.party.OrganiserRules;
import org.firegov.training.party.Party;

/**
 * A publicity campaign (宣传活动): planned by the brigade, a department or a town, then held (with the people it
 * reached) or cancelled (with a reason). Only its organiser, or the brigade, may hold or cancel it.
 */
@Aggregate
public class Campaign {

    /** A sane upper bound for one campaign's reach: about twice the county's population, online events included. */
    public static final int MAX_PEOPLE_REACHED = 1_000_000;
    /** At most this many photos of evidence per campaign. */
    public static final int MAX_PHOTOS = 30;

    @AggregateIdentifier
    private String campaignId;
    private CampaignKind kind;
    private String town;
    private Party organiser;
    private boolean demo;
    private CampaignStatus status;
    private int photos;

    protected Campaign() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(PlanCampaign command) {
        if (command.title() == null || command.title().isBlank() || command.kind() == null
                || !County.plausible(command.plannedDate())) {
            throw new BusinessRuleViolation("incomplete-campaign",
                    "a campaign needs a title, a kind and a planned date between 2000 and 2100");
        }
        OrganiserRules.mayPlan(command.by(), command.organiser(), command.town());
        apply(new CampaignPlanned(command.campaignId(), command.kind(), command.title(), command.town(),
                command.organiser(), command.audience(), command.plannedDate(), command.place(), command.contact(), command.demo()));
    }

    @CommandHandler
    void handle(HoldCampaign command) {
        mayAct(command.by());
        mustBePlanned("held");
        if (!County.plausible(command.heldDate()) || command.heldDate().isAfter(command.today())) {
            throw new BusinessRuleViolation("held-date-in-future", "a campaign cannot be held on a future date ("
                    + command.heldDate() + " is after " + command.today() + ")");
        }
        if (command.peopleReached() < 0 || command.peopleReached() > MAX_PEOPLE_REACHED) {
            throw new BusinessRuleViolation("implausible-people-reached",
                    "people reached must be between 0 and " + MAX_PEOPLE_REACHED);
        }
        List<CampaignPhoto> photos = command.photos() == null ? List.of() : List.copyOf(command.photos());
        mayTake(photos);
        apply(new CampaignHeld(campaignId, kind, town, organiser, command.heldDate(), command.peopleReached(),
                command.note(), demo));
        if (!photos.isEmpty()) {
            apply(new CampaignPhotosAttached(campaignId, town, organiser, photos, demo));
        }
    }

    @CommandHandler
    void handle(CancelCampaign command) {
        mayAct(command.by());
        mustBePlanned("cancelled");
        if (command.reason() == null || command.reason().isBlank()) {
            throw new BusinessRuleViolation("no-cancel-reason", "cancelling a campaign needs a reason");
        }
        apply(new CampaignCancelled(campaignId, kind, town, organiser, command.reason(), demo));
    }

    /** Photos are evidence that it took place: only a held campaign takes them (409 otherwise). */
    @CommandHandler
    void handle(AttachCampaignPhotos command) {
        mayAct(command.by());
        if (status != CampaignStatus.HELD) {
            throw new BusinessRuleViolation.Conflict("campaign-not-held", "campaign " + campaignId + " is "
                    + status.name().toLowerCase() + "; photos are evidence of a held campaign only");
        }
        if (command.photos() == null || command.photos().isEmpty()) {
            throw new BusinessRuleViolation("no-photos", "attach at least one photo");
        }
        mayTake(command.photos());
        apply(new CampaignPhotosAttached(campaignId, town, organiser, List.copyOf(command.photos()), demo));
    }

    private void mayTake(List<CampaignPhoto> more) {
        if (photos + more.size() > MAX_PHOTOS) {
            throw new BusinessRuleViolation("too-many-photos", "a campaign keeps at most " + MAX_PHOTOS
                    + " photos; it has " + photos);
        }
    }

    private void mayAct(Party by) {
        OrganiserRules.mayAct(by, organiser, town, "campaign", campaignId);
    }

    private void mustBePlanned(String wanted) {
        if (status != CampaignStatus.PLANNED) {
            throw new BusinessRuleViolation.Conflict("campaign-not-planned", "campaign " + campaignId + " is "
                    + status.name().toLowerCase() + "; only a planned campaign can be " + wanted);
        }
    }

    @EventSourcingHandler
    void on(CampaignPlanned event) {
        campaignId = event.campaignId();
        kind = event.kind();
        town = event.town();
        organiser = event.organiser();
        demo = event.demo();
        status = CampaignStatus.PLANNED;
    }

    @EventSourcingHandler
    void on(CampaignHeld event) {
        status = CampaignStatus.HELD;
    }

    @EventSourcingHandler
    void on(CampaignPhotosAttached event) {
        photos += event.photos().size();
    }

    @EventSourcingHandler
    void on(CampaignCancelled event) {
        status = CampaignStatus.CANCELLED;
    }
}
