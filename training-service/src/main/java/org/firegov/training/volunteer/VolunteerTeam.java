package org.firegov.training.volunteer;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.training.County;
import org.firegov.training.party.OrganiserRules;
import org.firegov.training.party.Party;
import org.firegov.training.volunteer.VolunteerCommands.EnrolVolunteer;
import org.firegov.training.volunteer.VolunteerCommands.LogActivity;
import org.firegov.training.volunteer.VolunteerCommands.RegisterTeam;
import org.firegov.training.volunteer.VolunteerCommands.RetireVolunteer;
import org.firegov.training.volunteer.VolunteerEvents.ActivityLogged;
import org.firegov.training.volunteer.VolunteerEvents.TeamRegistered;
import org.firegov.training.volunteer.VolunteerEvents.VolunteerEnrolled;
import org.firegov.training.volunteer.VolunteerEvents.VolunteerRetired;

/**
 * A fire volunteer team (消防志愿者队伍) sponsored by the brigade, a department or a town: its members and the
 * activities they served in, with hours. Organiser rules and scope are those of campaigns.
 */
@Aggregate
public class VolunteerTeam {

    public static final double MAX_ACTIVITY_HOURS = 24;

    @AggregateIdentifier
    private String teamId;
    private String town;
    private Party organiser;
    private boolean demo;
    private final Set<String> active = new HashSet<>();
    private final Set<String> activities = new HashSet<>();

    protected VolunteerTeam() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(RegisterTeam command) {
        OrganiserRules.mayPlan(command.by(), command.organiser(), command.town());
        apply(new TeamRegistered(command.teamId(), command.name(), command.town(), command.organiser(),
                command.demo()));
    }

    @CommandHandler
    void handle(EnrolVolunteer command) {
        mayAct(command.by());
        if (active.contains(command.memberId())) {
            throw new BusinessRuleViolation.Conflict("already-a-member",
                    "volunteer " + command.memberId() + " is already a member of this team");
        }
        notInFuture(command.joinedOn(), command.today(), "joined-in-future");
        apply(new VolunteerEnrolled(teamId, command.memberId(), command.name(), command.joinedOn()));
    }

    @CommandHandler
    void handle(RetireVolunteer command) {
        mayAct(command.by());
        if (!active.contains(command.memberId())) {
            throw new BusinessRuleViolation("not-a-member", "volunteer " + command.memberId()
                    + " is not an active member of this team");
        }
        notInFuture(command.leftOn(), command.today(), "left-in-future");
        apply(new VolunteerRetired(teamId, command.memberId(), command.leftOn()));
    }

    @CommandHandler
    void handle(LogActivity command) {
        mayAct(command.by());
        if (activities.contains(command.activityId())) {
            throw new BusinessRuleViolation.Conflict("activity-already-logged",
                    "activity " + command.activityId() + " is already logged");
        }
        notInFuture(command.heldOn(), command.today(), "activity-in-future");
        if (!(command.hours() > 0) || command.hours() > MAX_ACTIVITY_HOURS) {
            throw new BusinessRuleViolation("invalid-hours", "an activity lasts more than 0 and at most "
                    + MAX_ACTIVITY_HOURS + " hours");
        }
        List<String> members = List.copyOf(new LinkedHashSet<>(command.memberIds()));
        if (members.isEmpty() || members.size() != command.memberIds().size()) {
            throw new BusinessRuleViolation("invalid-participants", "list each serving member once");
        }
        List<String> strangers = members.stream().filter(id -> !active.contains(id)).toList();
        if (!strangers.isEmpty()) {
            throw new BusinessRuleViolation("not-a-member", "not active members of this team: " + strangers);
        }
        apply(new ActivityLogged(teamId, command.activityId(), command.title(), town, organiser, command.heldOn(),
                command.hours(), members, demo));
    }

    private void mayAct(Party by) {
        OrganiserRules.mayAct(by, organiser, town, "volunteer team", teamId);
    }

    private static void notInFuture(java.time.LocalDate date, java.time.LocalDate today, String code) {
        if (!County.plausible(date) || date.isAfter(today)) {
            throw new BusinessRuleViolation(code, "the date must lie in 2000 … today, not " + date);
        }
    }

    @EventSourcingHandler
    void on(TeamRegistered event) {
        teamId = event.teamId();
        town = event.town();
        organiser = event.organiser();
        demo = event.demo();
    }

    @EventSourcingHandler
    void on(VolunteerEnrolled event) {
        active.add(event.memberId());
    }

    @EventSourcingHandler
    void on(VolunteerRetired event) {
        active.remove(event.memberId());
    }

    @EventSourcingHandler
    void on(ActivityLogged event) {
        activities.add(event.activityId());
    }
}
