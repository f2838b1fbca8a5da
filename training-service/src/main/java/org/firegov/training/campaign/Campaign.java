package org.firegov.training.campaign;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.training.County;
import org.firegov.training.campaign.CampaignCommands.CancelCampaign;
import org.firegov.training.campaign.CampaignCommands.HoldCampaign;
import org.firegov.training.campaign.CampaignCommands.PlanCampaign;
import org.firegov.training.campaign.CampaignEvents.CampaignCancelled;
import org.firegov.training.campaign.CampaignEvents.CampaignHeld;
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

    @AggregateIdentifier
    private String campaignId;
    private CampaignKind kind;
    private String town;
    private Party organiser;
    private boolean demo;
    private CampaignStatus status;

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
        apply(new CampaignHeld(campaignId, kind, town, organiser, command.heldDate(), command.peopleReached(),
                command.note(), demo));
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
    void on(CampaignCancelled event) {
        status = CampaignStatus.CANCELLED;
    }
}
