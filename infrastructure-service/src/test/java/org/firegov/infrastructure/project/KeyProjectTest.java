package org.firegov.infrastructure.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.infrastructure.project.KeyProjectCommands.AssignResponsibleParty;
import org.firegov.infrastructure.project.KeyProjectCommands.CompleteMilestone;
import org.firegov.infrastructure.project.KeyProjectCommands.DetectOverdueMilestones;
import org.firegov.infrastructure.project.KeyProjectCommands.PlanMilestone;
import org.firegov.infrastructure.project.KeyProjectCommands.PlannedMilestone;
import org.firegov.infrastructure.project.KeyProjectCommands.RegisterKeyProject;
import org.firegov.infrastructure.project.KeyProjectCommands.ReportProgress;
import org.firegov.infrastructure.project.KeyProjectEvents.KeyProjectRegistered;
import org.firegov.infrastructure.project.KeyProjectEvents.MilestoneCompleted;
import org.firegov.infrastructure.project.KeyProjectEvents.MilestoneOverdue;
import org.firegov.infrastructure.project.KeyProjectEvents.MilestonePlanned;
import org.firegov.infrastructure.project.KeyProjectEvents.ProgressReported;
import org.firegov.infrastructure.project.KeyProjectEvents.ResponsiblePartyAssigned;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.NotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeyProjectTest {

    private static final LocalDate START = LocalDate.of(2021, 1, 1);
    private static final LocalDate DUE = LocalDate.of(2023, 12, 31);
    private static final KeyProjectRegistered REGISTERED = new KeyProjectRegistered("p-1", 4, "乡镇专职消防队建设",
            "新建2支", START, new BigDecimal("300"), "下堡镇人民政府", false, "xiabao");
    private static final MilestonePlanned PLANNED = new MilestonePlanned("p-1", "xiabao", "建成下堡镇专职消防队", DUE, null);
    private AggregateTestFixture<KeyProject> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(KeyProject.class);
    }

    @Test
    void a_key_project_is_registered_with_its_planned_milestones() {
        fixture.givenNoPriorActivity()
                .when(new RegisterKeyProject("p-1", 4, "乡镇专职消防队建设", "新建2支", START, new BigDecimal("300"),
                        "下堡镇人民政府", "xiabao", List.of(new PlannedMilestone("xiabao", "建成下堡镇专职消防队", DUE)), false))
                .expectEvents(REGISTERED, PLANNED);
    }

    @Test
    void a_milestone_dated_before_the_project_start_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(new RegisterKeyProject("p-1", 4, "x", null, START, null, "大队", "emergency",
                        List.of(new PlannedMilestone("early", "早", LocalDate.of(2020, 12, 31))), false))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("milestone early is planned for 2020-12-31, before the project starts on 2021-01-01")
                .expectNoEvents();
        fixture.given(REGISTERED)
                .when(new PlanMilestone("p-1", new PlannedMilestone("early", "早", LocalDate.of(2020, 6, 1))))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_project_lists_each_milestone_once_and_needs_a_name_and_start() {
        PlannedMilestone m = new PlannedMilestone("m", "t", DUE);
        fixture.givenNoPriorActivity()
                .when(new RegisterKeyProject("p-1", 4, "x", null, START, null, "大队", "emergency", List.of(m, m), false))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RegisterKeyProject("p-1", 4, " ", null, START, null, "大队", "emergency", List.of(), false))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RegisterKeyProject("p-1", 4, "x", null, null, null, "大队", "emergency", List.of(), false))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_further_milestone_is_planned_and_a_duplicate_is_a_conflict() {
        fixture.given(REGISTERED, PLANNED)
                .when(new PlanMilestone("p-1", new PlannedMilestone("tongcheng", "建成通城镇专职消防队", DUE)))
                .expectEvents(new MilestonePlanned("p-1", "tongcheng", "建成通城镇专职消防队", DUE, null));
        fixture.given(REGISTERED, PLANNED)
                .when(new PlanMilestone("p-1", new PlannedMilestone("xiabao", "again", DUE)))
                .expectException(BusinessRuleViolation.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void a_milestone_completed_by_its_date_is_on_time() {
        fixture.given(REGISTERED, PLANNED)
                .when(new CompleteMilestone("p-1", "xiabao", LocalDate.of(2023, 11, 20), "验收合格", null, LocalDate.of(2024, 1, 5)))
                .expectEvents(new MilestoneCompleted("p-1", "xiabao", "建成下堡镇专职消防队", DUE,
                        LocalDate.of(2023, 11, 20), true, 0, "验收合格", "xiabao", null));
    }

    @Test
    void a_milestone_completed_after_its_date_is_late_by_so_many_days() {
        fixture.given(REGISTERED, PLANNED, new MilestoneOverdue("p-1", "xiabao", "建成下堡镇专职消防队", DUE,
                        LocalDate.of(2024, 1, 1), "xiabao"))
                .when(new CompleteMilestone("p-1", "xiabao", LocalDate.of(2024, 1, 30), null, null, LocalDate.of(2024, 2, 1)))
                .expectEvents(new MilestoneCompleted("p-1", "xiabao", "建成下堡镇专职消防队", DUE,
                        LocalDate.of(2024, 1, 30), false, 30, null, "xiabao", null));
    }

    @Test
    void a_completion_is_rejected_twice_in_the_future_before_the_start_or_for_an_unknown_milestone() {
        MilestoneCompleted done = new MilestoneCompleted("p-1", "xiabao", "t", DUE, DUE, true, 0, null, "xiabao", null);
        LocalDate today = LocalDate.of(2024, 3, 1);
        fixture.given(REGISTERED, PLANNED, done)
                .when(new CompleteMilestone("p-1", "xiabao", DUE, null, null, today))
                .expectException(BusinessRuleViolation.Conflict.class).expectNoEvents();
        fixture.given(REGISTERED, PLANNED)
                .when(new CompleteMilestone("p-1", "xiabao", LocalDate.of(2024, 3, 2), null, null, today))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
        fixture.given(REGISTERED, PLANNED)
                .when(new CompleteMilestone("p-1", "xiabao", LocalDate.of(2020, 3, 2), null, null, today))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
        fixture.given(REGISTERED, PLANNED)
                .when(new CompleteMilestone("p-1", "nope", DUE, null, null, today))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void a_milestone_past_its_date_without_completion_is_detected_overdue_exactly_once() {
        LocalDate today = LocalDate.of(2024, 1, 1);
        MilestoneOverdue overdue = new MilestoneOverdue("p-1", "xiabao", "建成下堡镇专职消防队", DUE, today, "xiabao");
        fixture.given(REGISTERED, PLANNED)
                .when(new DetectOverdueMilestones("p-1", today))
                .expectEvents(overdue)
                .expectResultMessagePayload(List.of("xiabao"));
        fixture.given(REGISTERED, PLANNED, overdue)
                .when(new DetectOverdueMilestones("p-1", LocalDate.of(2024, 6, 1)))
                .expectNoEvents()
                .expectResultMessagePayload(List.of());
    }

    @Test
    void a_milestone_due_today_or_already_completed_is_not_overdue() {
        fixture.given(REGISTERED, PLANNED)
                .when(new DetectOverdueMilestones("p-1", DUE))
                .expectNoEvents()
                .expectResultMessagePayload(List.of());
        fixture.given(REGISTERED, PLANNED, new MilestoneCompleted("p-1", "xiabao", "t", DUE, DUE, true, 0, null, "xiabao", null))
                .when(new DetectOverdueMilestones("p-1", LocalDate.of(2025, 1, 1)))
                .expectNoEvents()
                .expectResultMessagePayload(List.of());
    }

    @Test
    void a_new_project_must_name_its_responsible_party() {
        fixture.givenNoPriorActivity()
                .when(new RegisterKeyProject("p-1", 4, "x", null, START, null, "大队", " ", List.of(), false))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("a key project needs the code of the party answering for it (a town or a department)")
                .expectNoEvents();
    }

    @Test
    void a_milestone_with_its_own_party_is_reported_under_that_party_and_others_under_the_projects() {
        LocalDate today = LocalDate.of(2024, 1, 1);
        MilestonePlanned tongcheng = new MilestonePlanned("p-1", "tongcheng", "建成通城镇专职消防队", DUE, "tongcheng");
        fixture.given(REGISTERED, PLANNED, tongcheng)
                .when(new DetectOverdueMilestones("p-1", today))
                .expectEvents(new MilestoneOverdue("p-1", "xiabao", "建成下堡镇专职消防队", DUE, today, "xiabao"),
                        new MilestoneOverdue("p-1", "tongcheng", "建成通城镇专职消防队", DUE, today, "tongcheng"));
    }

    @Test
    void history_from_before_parties_reports_none_until_one_is_assigned() {
        KeyProjectRegistered legacy = new KeyProjectRegistered("p-1", 4, "乡镇专职消防队建设", "新建2支", START, null,
                "下堡镇人民政府", false, null);
        LocalDate done = LocalDate.of(2023, 11, 20);
        fixture.given(legacy, PLANNED)
                .when(new CompleteMilestone("p-1", "xiabao", done, null, null, LocalDate.of(2024, 1, 5)))
                .expectEvents(new MilestoneCompleted("p-1", "xiabao", "建成下堡镇专职消防队", DUE, done, true, 0, null, null, null));
        fixture.given(legacy, PLANNED, new ResponsiblePartyAssigned("p-1", null, "xiabao"))
                .when(new CompleteMilestone("p-1", "xiabao", done, null, null, LocalDate.of(2024, 1, 5)))
                .expectEvents(new MilestoneCompleted("p-1", "xiabao", "建成下堡镇专职消防队", DUE, done, true, 0, null,
                        "xiabao", null));
    }

    @Test
    void a_party_is_assigned_to_a_project_or_a_milestone_and_an_unchanged_one_is_a_conflict() {
        fixture.given(REGISTERED, PLANNED)
                .when(new AssignResponsibleParty("p-1", "xiabao", "tongcheng"))
                .expectEvents(new ResponsiblePartyAssigned("p-1", "xiabao", "tongcheng"));
        fixture.given(REGISTERED, PLANNED)
                .when(new AssignResponsibleParty("p-1", null, "xiabao"))
                .expectException(BusinessRuleViolation.Conflict.class).expectNoEvents();
        fixture.given(REGISTERED, PLANNED)
                .when(new AssignResponsibleParty("p-1", "xiabao", "xiabao"))
                .expectException(BusinessRuleViolation.Conflict.class).expectNoEvents();
        fixture.given(REGISTERED, PLANNED)
                .when(new AssignResponsibleParty("p-1", "nope", "xiabao"))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void a_progress_report_records_what_was_done_with_its_evidence_without_completing_anything() {
        LocalDate today = LocalDate.of(2023, 6, 1);
        fixture.given(REGISTERED, PLANNED)
                .when(new ReportProgress("p-1", "r-1", "xiabao", LocalDate.of(2023, 5, 20), "营房主体完工",
                        "巫溪消防〔2023〕12号", today))
                .expectEvents(new ProgressReported("p-1", "r-1", "xiabao", LocalDate.of(2023, 5, 20), "营房主体完工",
                        "巫溪消防〔2023〕12号"));
        fixture.given(REGISTERED, PLANNED)
                .when(new ReportProgress("p-1", "r-1", null, today, "选址完成", null, today))
                .expectEvents(new ProgressReported("p-1", "r-1", null, today, "选址完成", null));
    }

    @Test
    void a_progress_report_needs_text_a_known_milestone_and_a_day_within_the_project_and_not_ahead() {
        LocalDate today = LocalDate.of(2023, 6, 1);
        fixture.given(REGISTERED, PLANNED)
                .when(new ReportProgress("p-1", "r-1", null, today, " ", null, today))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
        fixture.given(REGISTERED, PLANNED)
                .when(new ReportProgress("p-1", "r-1", "nope", today, "x", null, today))
                .expectException(NotFound.class).expectNoEvents();
        fixture.given(REGISTERED, PLANNED)
                .when(new ReportProgress("p-1", "r-1", null, today.plusDays(1), "x", null, today))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("a report cannot be dated in the future").expectNoEvents();
        fixture.given(REGISTERED, PLANNED)
                .when(new ReportProgress("p-1", "r-1", null, LocalDate.of(2020, 12, 31), "x", null, today))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
    }

    @Test
    void a_completion_carries_its_evidence_reference() {
        fixture.given(REGISTERED, PLANNED)
                .when(new CompleteMilestone("p-1", "xiabao", DUE, "验收合格", "验收报告 YS-2023-08", DUE.plusDays(3)))
                .expectEvents(new MilestoneCompleted("p-1", "xiabao", "建成下堡镇专职消防队", DUE, DUE, true, 0, "验收合格",
                        "xiabao", "验收报告 YS-2023-08"));
    }
}
