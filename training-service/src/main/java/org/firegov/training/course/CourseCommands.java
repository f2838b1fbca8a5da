package org.firegov.training.course;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.firegov.training.party.Party;

/** Commands of a training course for a key group (重点人群培训); {@code by} is the party that issued it. */
public final class CourseCommands {

    /** Plan a course; a trainee passes with a score of at least {@code passMark} and is certified for some months. */
    public record PlanCourse(@TargetAggregateIdentifier String courseId, String title, TargetGroup targetGroup,
                             String town, Party organiser, int passMark, int certificateValidityMonths,
                             boolean demo, Party by) {
    }

    public record ScheduleSession(@TargetAggregateIdentifier String courseId, String sessionId, LocalDate date,
                                  double hours, String place, Party by) {
    }

    /** Enrol a trainee, known by an opaque id chosen by the organiser; {@code unitId} for unit staff. */
    public record EnrolTrainee(@TargetAggregateIdentifier String courseId, String traineeId, String name,
                               String unitId, Party by) {
    }

    public record RecordAttendance(@TargetAggregateIdentifier String courseId, String sessionId, String traineeId,
                                   LocalDate today, Party by) {
    }

    /** Record an exam score (0–100); a pass issues certificate {@code certificateNo}. */
    public record RecordExam(@TargetAggregateIdentifier String courseId, String traineeId, int score,
                             LocalDate examDate, String certificateNo, LocalDate today, Party by) {
    }

    /** The reply to {@link RecordExam}: the certificate number and expiry when passed, else nulls. */
    public record ExamOutcome(boolean passed, String certificateNo, LocalDate expiresOn) {
    }

    private CourseCommands() {
    }
}
