package org.firegov.training.volunteer;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.firegov.training.party.Party;

/** Commands of a fire volunteer team (消防志愿者队伍); {@code by} is the party that issued it. */
public final class VolunteerCommands {

    /** Register a team sponsored by {@code organiser} (its 主管单位) in a town. */
    public record RegisterTeam(@TargetAggregateIdentifier String teamId, String name, String town, Party organiser,
                               boolean demo, Party by) {
    }

    /** A volunteer joins; known by an opaque id chosen by the team and a display name — nothing more. */
    public record EnrolVolunteer(@TargetAggregateIdentifier String teamId, String memberId, String name,
                                 LocalDate joinedOn, LocalDate today, Party by) {
    }

    public record RetireVolunteer(@TargetAggregateIdentifier String teamId, String memberId, LocalDate leftOn,
                                  LocalDate today, Party by) {
    }

    /** An activity (志愿服务活动) took place: each listed member served {@code hours}. */
    public record LogActivity(@TargetAggregateIdentifier String teamId, String activityId, String title,
                              LocalDate heldOn, double hours, List<String> memberIds, LocalDate today, Party by) {
    }

    private VolunteerCommands() {
    }
}
