package org.firegov.training.course;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.firegov.training.party.Party;

/** Domain events of a training course, private to training-service. */
public final class CourseEvents {

    @Revision("1")
    public record CoursePlanned(String courseId, String title, TargetGroup targetGroup, String town, Party organiser,
                                int passMark, int certificateValidityMonths, boolean demo) {
    }

    @Revision("1")
    public record SessionScheduled(String courseId, String sessionId, LocalDate date, double hours, String place) {
    }

    /** Carries the course's town, group and organiser (and demo flag) for the integration event. */
    @Revision("1")
    public record TraineeEnrolled(String courseId, String traineeId, String name, String unitId, String town,
                                  TargetGroup targetGroup, Party organiser, boolean demo) {
    }

    /** Training hours delivered (培训学时): carries the session's date and the course's town, group and organiser. */
    @Revision("1")
    public record AttendanceRecorded(String courseId, String sessionId, String traineeId, double hours,
                                     LocalDate sessionDate, String town, TargetGroup targetGroup, Party organiser,
                                     boolean demo) {
    }

    @Revision("1")
    public record ExamScoreRecorded(String courseId, String traineeId, int score, LocalDate examDate,
                                    boolean passed) {
    }

    /** Carries everything a certificate shows, so the read model and the integration event need no join. */
    @Revision("1")
    public record CertificateIssued(String certificateNo, String courseId, String courseTitle, String traineeId,
                                    String unitId, TargetGroup targetGroup, String town, Party organiser,
                                    double hoursAttended, int score, LocalDate issuedOn, LocalDate expiresOn,
                                    boolean demo) {
    }

    private CourseEvents() {
    }
}
