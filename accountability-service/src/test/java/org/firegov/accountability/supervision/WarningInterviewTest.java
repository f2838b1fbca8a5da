package org.firegov.accountability.supervision;

import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.accountability.party.PartyKind;
import org.firegov.accountability.supervision.InterviewCommands.HoldInterview;
import org.firegov.accountability.supervision.InterviewCommands.MarkFollowUpOverdue;
import org.firegov.accountability.supervision.InterviewCommands.RecordFollowUp;
import org.firegov.accountability.supervision.InterviewEvents.FollowUpOverdue;
import org.firegov.accountability.supervision.InterviewEvents.FollowUpRecorded;
import org.firegov.accountability.supervision.InterviewEvents.InterviewHeld;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WarningInterviewTest {

    private static final LocalDate HELD = LocalDate.of(2026, 11, 2);
    private static final LocalDate FOLLOW_UP_BY = LocalDate.of(2026, 11, 30);
    private static final InterviewHeld INTERVIEW = new InterviewHeld("i-1", PartyKind.TOWN, "xiabao", "隐患整改不力",
            HELD, FOLLOW_UP_BY);
    private AggregateTestFixture<WarningInterview> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WarningInterview.class);
    }

    @Test
    void an_interview_held_is_recorded_with_its_follow_up_date() {
        fixture.givenNoPriorActivity()
                .when(new HoldInterview("i-1", PartyKind.TOWN, "xiabao", "隐患整改不力", HELD, FOLLOW_UP_BY, HELD))
                .expectEvents(INTERVIEW);
    }

    @Test
    void the_follow_up_date_must_come_after_the_interview_and_the_interview_must_have_happened() {
        fixture.givenNoPriorActivity()
                .when(new HoldInterview("i-1", PartyKind.TOWN, "xiabao", "x", HELD, HELD, HELD))
                .expectException(BusinessRuleViolation.class).expectExceptionMessage(
                        "the follow-up date must be after the interview");
        fixture.givenNoPriorActivity()
                .when(new HoldInterview("i-1", PartyKind.TOWN, "xiabao", "x", HELD.plusDays(1), FOLLOW_UP_BY, HELD))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void a_follow_up_past_its_date_is_overdue_once_and_a_late_follow_up_says_so() {
        fixture.given(INTERVIEW)
                .when(new MarkFollowUpOverdue("i-1", FOLLOW_UP_BY))
                .expectException(BusinessRuleViolation.Conflict.class);
        fixture.given(INTERVIEW)
                .when(new MarkFollowUpOverdue("i-1", FOLLOW_UP_BY.plusDays(1)))
                .expectEvents(new FollowUpOverdue("i-1", FOLLOW_UP_BY));
        fixture.given(INTERVIEW, new FollowUpOverdue("i-1", FOLLOW_UP_BY))
                .when(new MarkFollowUpOverdue("i-1", FOLLOW_UP_BY.plusDays(2)))
                .expectException(BusinessRuleViolation.Conflict.class);
        fixture.given(INTERVIEW, new FollowUpOverdue("i-1", FOLLOW_UP_BY))
                .when(new RecordFollowUp("i-1", "已整改"))
                .expectEvents(new FollowUpRecorded("i-1", "已整改", true));
    }

    @Test
    void a_follow_up_is_recorded_once() {
        fixture.given(INTERVIEW, new FollowUpRecorded("i-1", "已整改", false))
                .when(new RecordFollowUp("i-1", "再次整改"))
                .expectException(BusinessRuleViolation.Conflict.class);
    }
}
