package org.firegov.inspection.notification;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.inspection.notification.OpeningApplicationCommands.AcceptApplication;
import org.firegov.inspection.notification.OpeningApplicationCommands.Attachment;
import org.firegov.inspection.notification.OpeningApplicationCommands.RecordCheckResult;
import org.firegov.inspection.notification.OpeningApplicationCommands.RefuseApplication;
import org.firegov.inspection.notification.OpeningApplicationCommands.ScheduleCheck;
import org.firegov.inspection.notification.OpeningApplicationCommands.SubmitApplication;
import org.firegov.inspection.notification.OpeningApplicationEvents.ApplicationAccepted;
import org.firegov.inspection.notification.OpeningApplicationEvents.ApplicationRefused;
import org.firegov.inspection.notification.OpeningApplicationEvents.ApplicationSubmitted;
import org.firegov.inspection.notification.OpeningApplicationEvents.CheckFailed;
import org.firegov.inspection.notification.OpeningApplicationEvents.CheckPassed;
import org.firegov.inspection.notification.OpeningApplicationEvents.CheckScheduled;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OpeningApplicationTest {

    private static final String ID = "app-1";
    private static final List<Attachment> FILES = List.of(new Attachment("承诺书.pdf", "https://zwfw.example/f/1",
            "a".repeat(64)));
    private static final LocalDate TODAY = LocalDate.parse("2026-06-01");
    private static final LocalDate DUE = LocalDate.parse("2026-06-21");
    private static final ApplicationSubmitted SUBMITTED = new ApplicationSubmitted(ID, "gov-platform", 1, "星光影院",
            "91500238MA5U7K3L74", "xiabao", "下堡镇正街1号", "本单位承诺符合消防安全要求", FILES);
    private static final ApplicationAccepted ACCEPTED = new ApplicationAccepted(ID, "gov-platform", 2, DUE);
    private static final CheckScheduled SCHEDULED = new CheckScheduled(ID, "gov-platform", 3, DUE, TODAY.plusDays(5));

    private AggregateTestFixture<OpeningApplication> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OpeningApplication.class);
    }

    private static Matcher<BusinessRuleViolation> code(String code) {
        return new CustomTypeSafeMatcher<>("a business rule violation with code " + code) {
            @Override
            protected boolean matchesSafely(BusinessRuleViolation violation) {
                return code.equals(violation.code());
            }
        };
    }

    @Test
    void a_venue_applies_with_its_commitment_as_event_number_one() {
        fixture.givenNoPriorActivity()
                .when(new SubmitApplication(ID, "gov-platform", "星光影院", "91500238MA5U7K3L74", "xiabao",
                        "下堡镇正街1号", "本单位承诺符合消防安全要求", FILES))
                .expectEvents(SUBMITTED);
    }

    @Test
    void an_application_without_a_commitment_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new SubmitApplication(ID, "gov-platform", "星光影院", "91500238MA5U7K3L74", "xiabao",
                        "下堡镇正街1号", " ", FILES))
                .expectException(code("no-commitment"));
    }

    @Test
    void acceptance_lets_the_place_open_and_sets_the_check_deadline() {
        fixture.given(SUBMITTED).when(new AcceptApplication(ID, DUE)).expectEvents(ACCEPTED);
    }

    @Test
    void a_refusal_needs_a_reason_and_ends_the_application() {
        fixture.given(SUBMITTED).when(new RefuseApplication(ID, ""))
                .expectException(code("no-reason"));
        fixture.given(SUBMITTED).when(new RefuseApplication(ID, "材料不全"))
                .expectEvents(new ApplicationRefused(ID, "gov-platform", 2, "材料不全"));
        fixture.given(SUBMITTED, new ApplicationRefused(ID, "gov-platform", 2, "材料不全"))
                .when(new AcceptApplication(ID, DUE))
                .expectException(code("wrong-application-status"));
    }

    @Test
    void the_check_is_scheduled_within_the_deadline_and_may_be_moved() {
        fixture.given(SUBMITTED, ACCEPTED).when(new ScheduleCheck(ID, TODAY.plusDays(5), TODAY))
                .expectEvents(SCHEDULED);
        fixture.given(SUBMITTED, ACCEPTED, SCHEDULED).when(new ScheduleCheck(ID, DUE, TODAY))
                .expectEvents(new CheckScheduled(ID, "gov-platform", 4, DUE, DUE));
    }

    @Test
    void a_check_after_the_deadline_or_in_the_past_is_refused() {
        fixture.given(SUBMITTED, ACCEPTED).when(new ScheduleCheck(ID, DUE.plusDays(1), TODAY))
                .expectException(code("check-after-deadline"));
        fixture.given(SUBMITTED, ACCEPTED).when(new ScheduleCheck(ID, TODAY.minusDays(1), TODAY))
                .expectException(code("check-date-in-past"));
    }

    @Test
    void a_check_cannot_be_scheduled_before_acceptance() {
        fixture.given(SUBMITTED).when(new ScheduleCheck(ID, TODAY, TODAY))
                .expectException(code("wrong-application-status"));
    }

    @Test
    void a_passed_check_approves_and_a_failed_one_rejects_with_its_reason() {
        fixture.given(SUBMITTED, ACCEPTED, SCHEDULED).when(new RecordCheckResult(ID, true, null))
                .expectEvents(new CheckPassed(ID, "gov-platform", 4, TODAY.plusDays(5)));
        fixture.given(SUBMITTED, ACCEPTED, SCHEDULED).when(new RecordCheckResult(ID, false, null))
                .expectException(code("no-reason"));
        fixture.given(SUBMITTED, ACCEPTED, SCHEDULED).when(new RecordCheckResult(ID, false, "疏散通道不足"))
                .expectEvents(new CheckFailed(ID, "gov-platform", 4, TODAY.plusDays(5), "疏散通道不足"));
    }

    @Test
    void a_result_needs_a_scheduled_check() {
        fixture.given(SUBMITTED, ACCEPTED).when(new RecordCheckResult(ID, true, null))
                .expectException(code("wrong-application-status"));
    }
}
