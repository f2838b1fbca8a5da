package org.firegov.training.course;

import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.NotFound;
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
import org.firegov.training.party.NotTheOrganiser;
import org.firegov.training.party.Party;
import org.firegov.training.party.PartyType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CourseTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
    private static final Party XIABAO = new Party(PartyType.TOWN, "xiabao");
    private static final Party TONGCHENG = new Party(PartyType.TOWN, "tongcheng");
    private static final Party EMERGENCY = new Party(PartyType.DEPARTMENT, "emergency");
    private static final CoursePlanned PLANNED = new CoursePlanned("k-1", "明白人培训", TargetGroup.UNIT_MANAGERS,
            "xiabao", XIABAO, 60, 24, false);
    private static final SessionScheduled SESSION = new SessionScheduled("k-1", "s-1", TODAY.minusDays(3), 3.5,
            "下堡镇会议室");
    private static final TraineeEnrolled ENROLLED = new TraineeEnrolled("k-1", "t-1", "王五", "91500238MA5U7K3L74",
            "xiabao", TargetGroup.UNIT_MANAGERS, XIABAO, false);
    private static final AttendanceRecorded ATTENDED = new AttendanceRecorded("k-1", "s-1", "t-1", 3.5,
            TODAY.minusDays(3), "xiabao", TargetGroup.UNIT_MANAGERS, XIABAO, false);

    private AggregateTestFixture<Course> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Course.class);
    }

    @Test
    void a_town_plans_a_course_for_a_key_group_in_its_town() {
        fixture.givenNoPriorActivity()
                .when(new PlanCourse("k-1", "明白人培训", TargetGroup.UNIT_MANAGERS, "xiabao", XIABAO, 60, 24, false, XIABAO))
                .expectEvents(PLANNED);
    }

    @Test
    void a_pass_mark_outside_0_to_100_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(new PlanCourse("k-1", "x", TargetGroup.OFFICIALS, "xiabao", XIABAO, 101, 24, false, XIABAO))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_certificate_validity_outside_1_to_120_months_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(new PlanCourse("k-1", "x", TargetGroup.OFFICIALS, "xiabao", XIABAO, 60, 0, false, XIABAO))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_town_may_not_plan_a_course_as_someone_else() {
        fixture.givenNoPriorActivity()
                .when(new PlanCourse("k-1", "x", TargetGroup.OFFICIALS, "xiabao", XIABAO, 60, 24, false, TONGCHENG))
                .expectException(NotTheOrganiser.class)
                .expectNoEvents();
    }

    @Test
    void the_organiser_schedules_a_session_with_hours() {
        fixture.given(PLANNED)
                .when(new ScheduleSession("k-1", "s-1", TODAY.minusDays(3), 3.5, "下堡镇会议室", XIABAO))
                .expectEvents(SESSION);
    }

    @Test
    void a_session_of_zero_or_more_than_twelve_hours_is_rejected() {
        fixture.given(PLANNED)
                .when(new ScheduleSession("k-1", "s-1", TODAY, 13, null, XIABAO))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_session_dated_outside_2000_to_2100_is_rejected() {
        fixture.given(PLANNED)
                .when(new ScheduleSession("k-1", "s-1", LocalDate.of(2200, 1, 1), 2, null, XIABAO))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void to_another_town_the_course_does_not_exist() {
        fixture.given(PLANNED)
                .when(new ScheduleSession("k-1", "s-1", TODAY, 2, null, TONGCHENG))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void the_brigade_enrols_a_trainee_in_any_course() {
        fixture.given(PLANNED)
                .when(new EnrolTrainee("k-1", "t-1", "王五", "91500238MA5U7K3L74", Party.BRIGADE))
                .expectEvents(ENROLLED);
    }

    @Test
    void a_trainee_is_enrolled_once() {
        fixture.given(PLANNED, ENROLLED)
                .when(new EnrolTrainee("k-1", "t-1", "王五", null, XIABAO))
                .expectException(BusinessRuleViolation.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void attendance_of_an_enrolled_trainee_at_a_past_session_counts_its_hours() {
        fixture.given(PLANNED, SESSION, ENROLLED)
                .when(new RecordAttendance("k-1", "s-1", "t-1", TODAY, XIABAO))
                .expectEvents(ATTENDED);
    }

    @Test
    void attendance_is_recorded_once_per_session() {
        fixture.given(PLANNED, SESSION, ENROLLED, ATTENDED)
                .when(new RecordAttendance("k-1", "s-1", "t-1", TODAY, XIABAO))
                .expectException(BusinessRuleViolation.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void attendance_of_a_trainee_not_enrolled_is_rejected() {
        fixture.given(PLANNED, SESSION)
                .when(new RecordAttendance("k-1", "s-1", "t-9", TODAY, XIABAO))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void attendance_at_an_unknown_session_is_not_found() {
        fixture.given(PLANNED, ENROLLED)
                .when(new RecordAttendance("k-1", "s-9", "t-1", TODAY, XIABAO))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void attendance_at_a_future_session_is_rejected() {
        fixture.given(PLANNED, new SessionScheduled("k-1", "s-2", TODAY.plusDays(1), 2, null), ENROLLED)
                .when(new RecordAttendance("k-1", "s-2", "t-1", TODAY, XIABAO))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("session s-2 is on 2025-06-11; attendance is recorded once it took place")
                .expectNoEvents();
    }

    @Test
    void passing_the_exam_issues_a_certificate_that_expires_after_the_validity() {
        fixture.given(PLANNED, SESSION, ENROLLED, ATTENDED)
                .when(new RecordExam("k-1", "t-1", 60, TODAY, "WX-1", TODAY, XIABAO))
                .expectEvents(new ExamScoreRecorded("k-1", "t-1", 60, TODAY, true),
                        new CertificateIssued("WX-1", "k-1", "明白人培训", "t-1", "91500238MA5U7K3L74",
                                TargetGroup.UNIT_MANAGERS, "xiabao", XIABAO, 3.5, 60, TODAY, TODAY.plusMonths(24), false))
                .expectResultMessagePayload(new ExamOutcome(true, "WX-1", TODAY.plusMonths(24)));
    }

    @Test
    void failing_the_exam_issues_no_certificate_and_allows_a_retake() {
        fixture.given(PLANNED, SESSION, ENROLLED, ATTENDED)
                .when(new RecordExam("k-1", "t-1", 59, TODAY, "WX-1", TODAY, XIABAO))
                .expectEvents(new ExamScoreRecorded("k-1", "t-1", 59, TODAY, false))
                .expectResultMessagePayload(new ExamOutcome(false, null, null));
    }

    @Test
    void a_certified_trainee_is_not_examined_again() {
        fixture.given(PLANNED, SESSION, ENROLLED, ATTENDED,
                        new CertificateIssued("WX-1", "k-1", "明白人培训", "t-1", null, TargetGroup.UNIT_MANAGERS,
                                "xiabao", XIABAO, 3.5, 90, TODAY, TODAY.plusMonths(24), false))
                .when(new RecordExam("k-1", "t-1", 95, TODAY, "WX-2", TODAY, XIABAO))
                .expectException(BusinessRuleViolation.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void an_exam_needs_attendance_first() {
        fixture.given(PLANNED, SESSION, ENROLLED)
                .when(new RecordExam("k-1", "t-1", 80, TODAY, "WX-1", TODAY, XIABAO))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("trainee t-1 attended no session of this course")
                .expectNoEvents();
    }

    @Test
    void an_exam_score_above_100_is_rejected() {
        fixture.given(PLANNED, SESSION, ENROLLED, ATTENDED)
                .when(new RecordExam("k-1", "t-1", 101, TODAY, "WX-1", TODAY, XIABAO))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void an_exam_on_a_future_date_is_rejected() {
        fixture.given(PLANNED, SESSION, ENROLLED, ATTENDED)
                .when(new RecordExam("k-1", "t-1", 80, TODAY.plusDays(1), "WX-1", TODAY, XIABAO))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_department_that_does_not_organise_the_course_cannot_examine() {
        fixture.given(new CoursePlanned("k-1", "x", TargetGroup.MIGRANT_WORKERS, "xiabao", EMERGENCY, 60, 12, false),
                        SESSION, ENROLLED, ATTENDED)
                .when(new RecordExam("k-1", "t-1", 80, TODAY, "WX-1", TODAY, XIABAO))
                .expectException(NotTheOrganiser.class)
                .expectNoEvents();
    }
}
