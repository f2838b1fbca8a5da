package org.firegov.training.course;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.NotFound;
import org.firegov.training.County;
import org.firegov.training.course.CourseCommands.EnrolTrainee;
import org.firegov.training.course.CourseCommands.ExamOutcome;
import org.firegov.training.course.CourseCommands.PlanCourse;
import org.firegov.training.course.CourseCommands.RecordAttendance;
import org.firegov.training.course.CourseCommands.RecordExam;
import org.firegov.training.course.CourseCommands.ScheduleSession;
import org.firegov.training.course.CourseEvents.AttendanceRecorded;
import org.firegov.training.course.CourseEvents.CertificateIssued;
import org.firegov.training.course.CourseEvents.CoursePlanned;
import org.firegov.training.course.CourseEvents.ExamScoreRecorded;
import org.firegov.training.course.CourseEvents.SessionScheduled;
import org.firegov.training.course.CourseEvents.TraineeEnrolled;
import org.firegov.training.party.OrganiserRules;
import org.firegov.training.party.Party;

/**
 * A training course for a key group (重点人群培训): sessions with hours, enrolled trainees, attendance, and an exam;
 * a trainee scoring at least the pass mark gets a certificate valid for the course's number of months.
 */
@Aggregate
public class Course {

    public static final double MAX_SESSION_HOURS = 12;

    @AggregateIdentifier
    private String courseId;
    private String title;
    private TargetGroup targetGroup;
    private String town;
    private Party organiser;
    private int passMark;
    private int validityMonths;
    private boolean demo;
    private final Map<String, SessionScheduled> sessions = new HashMap<>();
    private final Map<String, TraineeEnrolled> trainees = new HashMap<>();
    private final Set<String> attendances = new HashSet<>();
    private final Map<String, Double> hours = new HashMap<>();
    private final Set<String> certified = new HashSet<>();

    protected Course() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(PlanCourse command) {
        if (command.title() == null || command.title().isBlank() || command.targetGroup() == null) {
            throw new BusinessRuleViolation("incomplete-course", "a course needs a title and a target group");
        }
        if (command.passMark() < 0 || command.passMark() > 100) {
            throw new BusinessRuleViolation("invalid-pass-mark", "the pass mark is a score from 0 to 100");
        }
        if (command.certificateValidityMonths() < 1 || command.certificateValidityMonths() > 120) {
            throw new BusinessRuleViolation("invalid-validity", "certificates are valid for 1 to 120 months");
        }
        OrganiserRules.mayPlan(command.by(), command.organiser(), command.town());
        apply(new CoursePlanned(command.courseId(), command.title(), command.targetGroup(), command.town(),
                command.organiser(), command.passMark(), command.certificateValidityMonths(), command.demo()));
    }

    @CommandHandler
    void handle(ScheduleSession command) {
        mayAct(command.by());
        if (!County.plausible(command.date()) || !(command.hours() > 0) || command.hours() > MAX_SESSION_HOURS) {
            throw new BusinessRuleViolation("invalid-session", "a session needs a date and 0 to "
                    + MAX_SESSION_HOURS + " hours");
        }
        apply(new SessionScheduled(courseId, command.sessionId(), command.date(), command.hours(), command.place()));
    }

    @CommandHandler
    void handle(EnrolTrainee command) {
        mayAct(command.by());
        if (trainees.containsKey(command.traineeId())) {
            throw new BusinessRuleViolation.Conflict("already-enrolled",
                    "trainee " + command.traineeId() + " is already enrolled");
        }
        apply(new TraineeEnrolled(courseId, command.traineeId(), command.name(), command.unitId(), town,
                targetGroup, organiser, demo));
    }

    @CommandHandler
    void handle(RecordAttendance command) {
        mayAct(command.by());
        SessionScheduled session = sessions.get(command.sessionId());
        if (session == null) {
            throw new NotFound("session", command.sessionId());
        }
        mustBeEnrolled(command.traineeId());
        if (session.date().isAfter(command.today())) {
            throw new BusinessRuleViolation("session-not-held-yet", "session " + command.sessionId()
                    + " is on " + session.date() + "; attendance is recorded once it took place");
        }
        if (attendances.contains(command.sessionId() + "|" + command.traineeId())) {
            throw new BusinessRuleViolation.Conflict("attendance-already-recorded",
                    "attendance of " + command.traineeId() + " at this session is already recorded");
        }
        apply(new AttendanceRecorded(courseId, command.sessionId(), command.traineeId(), session.hours(),
                session.date(), town, targetGroup, organiser, demo));
    }

    @CommandHandler
    ExamOutcome handle(RecordExam command) {
        mayAct(command.by());
        mustBeEnrolled(command.traineeId());
        if (certified.contains(command.traineeId())) {
            throw new BusinessRuleViolation.Conflict("already-certified",
                    "trainee " + command.traineeId() + " already passed and holds a certificate");
        }
        if (command.score() < 0 || command.score() > 100) {
            throw new BusinessRuleViolation("invalid-score", "an exam score is from 0 to 100");
        }
        if (!County.plausible(command.examDate()) || command.examDate().isAfter(command.today())) {
            throw new BusinessRuleViolation("exam-date-in-future", "an exam cannot be recorded for a future date");
        }
        double attended = hours.getOrDefault(command.traineeId(), 0.0);
        if (attended <= 0) {
            throw new BusinessRuleViolation("no-attendance", "trainee " + command.traineeId()
                    + " attended no session of this course");
        }
        boolean passed = command.score() >= passMark;
        apply(new ExamScoreRecorded(courseId, command.traineeId(), command.score(), command.examDate(), passed));
        if (!passed) {
            return new ExamOutcome(false, null, null);
        }
        LocalDate expiresOn = command.examDate().plusMonths(validityMonths);
        apply(new CertificateIssued(command.certificateNo(), courseId, title, command.traineeId(),
                trainees.get(command.traineeId()).unitId(), targetGroup, town, organiser, attended,
                command.score(), command.examDate(), expiresOn, demo));
        return new ExamOutcome(true, command.certificateNo(), expiresOn);
    }

    private void mayAct(Party by) {
        OrganiserRules.mayAct(by, organiser, town, "course", courseId);
    }

    private void mustBeEnrolled(String traineeId) {
        if (!trainees.containsKey(traineeId)) {
            throw new BusinessRuleViolation("not-enrolled", "trainee " + traineeId + " is not enrolled");
        }
    }

    @EventSourcingHandler
    void on(CoursePlanned event) {
        courseId = event.courseId();
        title = event.title();
        targetGroup = event.targetGroup();
        town = event.town();
        organiser = event.organiser();
        passMark = event.passMark();
        validityMonths = event.certificateValidityMonths();
        demo = event.demo();
    }

    @EventSourcingHandler
    void on(SessionScheduled event) {
        sessions.put(event.sessionId(), event);
    }

    @EventSourcingHandler
    void on(TraineeEnrolled event) {
        trainees.put(event.traineeId(), event);
    }

    @EventSourcingHandler
    void on(AttendanceRecorded event) {
        attendances.add(event.sessionId() + "|" + event.traineeId());
        hours.merge(event.traineeId(), event.hours(), Double::sum);
    }

    @EventSourcingHandler
    void on(CertificateIssued event) {
        certified.add(event.traineeId());
    }
}
