package org.firegov.training.course;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.firegov.training.party.PartyType;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Read model of a course with its sessions; {@code department} is the organiser's code when a department organises
 * (so a department sees its own courses), else null.
 */
@Document(CourseView.COLLECTION)
public record CourseView(@Id String courseId, String title, TargetGroup targetGroup, @Indexed String town,
                         PartyType organiserType, String organiserCode, @Indexed String department, int passMark,
                         int certificateValidityMonths, List<Session> sessions, int enrolled, int certified,
                         Instant plannedAt, boolean demo) {

    public static final String COLLECTION = "courses";

    public record Session(String sessionId, LocalDate date, double hours, String place) {
    }
}
