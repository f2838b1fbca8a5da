package org.firegov.training.volunteer;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.firegov.training.party.Party;

/** Domain events of a fire volunteer team, private to training-service. */
public final class VolunteerEvents {

    @Revision("1")
    public record TeamRegistered(String teamId, String name, String town, Party organiser, boolean demo) {
    }

    @Revision("1")
    public record VolunteerEnrolled(String teamId, String memberId, String name, LocalDate joinedOn) {
    }

    @Revision("1")
    public record VolunteerRetired(String teamId, String memberId, LocalDate leftOn) {
    }

    /** Carries the team's town and organiser so the read model and the integration event need no join. */
    @Revision("1")
    public record ActivityLogged(String teamId, String activityId, String title, String town, Party organiser,
                                 LocalDate heldOn, double hours, List<String> memberIds, boolean demo) {

        /** Volunteer service hours (志愿服务时长): hours × members who served. */
        public double serviceHours() {
            return hours * memberIds.size();
        }
    }

    private VolunteerEvents() {
    }
}
