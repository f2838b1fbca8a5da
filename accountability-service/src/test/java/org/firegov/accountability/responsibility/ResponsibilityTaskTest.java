package org.firegov.accountability.responsibility;

import java.time.Instant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.accountability.party.PartyKind;
import org.firegov.accountability.responsibility.TaskCommands.AssignTask;
import org.firegov.accountability.responsibility.TaskCommands.CompleteTask;
import org.firegov.accountability.responsibility.TaskCommands.MarkTaskOverdue;
import org.firegov.accountability.responsibility.TaskEvents.TaskAssigned;
import org.firegov.accountability.responsibility.TaskEvents.TaskCompleted;
import org.firegov.accountability.responsibility.TaskEvents.TaskOverdue;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResponsibilityTaskTest {

    private static final Instant NOW = Instant.parse("2026-11-29T00:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-12-31T16:00:00Z");
    private static final TaskAssigned ASSIGNED = new TaskAssigned("t-1", PartyKind.DEPARTMENT, "education", "三(二)4",
            "风险分析研判", DEADLINE);
    private AggregateTestFixture<ResponsibilityTask> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ResponsibilityTask.class);
    }

    @Test
    void a_task_with_a_future_deadline_is_assigned_to_its_party() {
        fixture.givenNoPriorActivity()
                .when(new AssignTask("t-1", PartyKind.DEPARTMENT, "education", "三(二)4", "风险分析研判", DEADLINE, NOW))
                .expectEvents(ASSIGNED);
    }

    @Test
    void a_deadline_in_the_past_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(new AssignTask("t-1", PartyKind.TOWN, "xiabao", "三(三)1", "x", NOW.minusSeconds(1), NOW))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void completing_before_the_deadline_counts_as_on_time() {
        fixture.given(ASSIGNED)
                .when(new CompleteTask("t-1", "研判报告 2026-12-01", NOW))
                .expectEvents(new TaskCompleted("t-1", PartyKind.DEPARTMENT, "education", "三(二)4",
                        "研判报告 2026-12-01", true));
    }

    @Test
    void completing_after_the_deadline_counts_as_late() {
        fixture.given(ASSIGNED)
                .when(new CompleteTask("t-1", "补交", DEADLINE.plusSeconds(60)))
                .expectEvents(new TaskCompleted("t-1", PartyKind.DEPARTMENT, "education", "三(二)4", "补交", false));
    }

    @Test
    void a_completed_task_cannot_be_completed_again() {
        fixture.given(ASSIGNED, new TaskCompleted("t-1", PartyKind.DEPARTMENT, "education", "三(二)4", "x", true))
                .when(new CompleteTask("t-1", "again", NOW))
                .expectException(BusinessRuleViolation.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void a_task_past_its_deadline_becomes_overdue_once() {
        fixture.given(ASSIGNED)
                .when(new MarkTaskOverdue("t-1", DEADLINE.plusSeconds(1)))
                .expectEvents(new TaskOverdue("t-1", PartyKind.DEPARTMENT, "education", "三(二)4", DEADLINE));
        fixture.given(ASSIGNED, new TaskOverdue("t-1", PartyKind.DEPARTMENT, "education", "三(二)4", DEADLINE))
                .when(new MarkTaskOverdue("t-1", DEADLINE.plusSeconds(120)))
                .expectException(BusinessRuleViolation.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void a_task_is_not_overdue_before_its_deadline_nor_once_completed() {
        fixture.given(ASSIGNED)
                .when(new MarkTaskOverdue("t-1", DEADLINE.minusSeconds(1)))
                .expectException(BusinessRuleViolation.Conflict.class);
        fixture.given(ASSIGNED, new TaskCompleted("t-1", PartyKind.DEPARTMENT, "education", "三(二)4", "x", true))
                .when(new MarkTaskOverdue("t-1", DEADLINE.plusSeconds(1)))
                .expectException(BusinessRuleViolation.Conflict.class)
                .expectNoEvents();
    }
}
