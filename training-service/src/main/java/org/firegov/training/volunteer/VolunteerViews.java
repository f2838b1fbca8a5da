package org.firegov.training.volunteer;

import java.time.Instant;
import java.time.LocalDate;

import org.firegov.training.party.PartyType;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Read models of volunteer teams; {@code department} is the organiser's code when a department sponsors the team
 * (so a department sees its own), else null.
 */
public final class VolunteerViews {

    @Document(Team.COLLECTION)
    public record Team(@Id String teamId, String name, @Indexed String town, PartyType organiserType,
                       String organiserCode, @Indexed String department, int activeMembers, int activities,
                       double serviceHours, boolean demo, Instant registeredAt) {
        public static final String COLLECTION = "volunteer_teams";
    }

    /** A volunteer: an opaque id and a display name only (no phone, ID number or address is kept). */
    @Document(Member.COLLECTION)
    public record Member(@Id String id, @Indexed String teamId, String town, String department, String memberId,
                         String name, LocalDate joinedOn, LocalDate leftOn, int activities, double serviceHours) {
        public static final String COLLECTION = "volunteer_members";

        static String idOf(String teamId, String memberId) {
            return teamId + "|" + memberId;
        }
    }

    @Document(Activity.COLLECTION)
    public record Activity(@Id String activityId, @Indexed String teamId, @Indexed String town, String department,
                           String title, LocalDate heldOn, @Indexed int year, double hours, int participants,
                           double serviceHours, boolean demo) {
        public static final String COLLECTION = "volunteer_activities";
    }

    private VolunteerViews() {
    }
}
