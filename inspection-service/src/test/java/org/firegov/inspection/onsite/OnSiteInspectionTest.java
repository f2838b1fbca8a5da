package org.firegov.inspection.onsite;

import static org.firegov.inspection.RuleViolations.code;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.inspection.checklist.ChecklistItem;
import org.firegov.inspection.onsite.OnSiteInspectionCommands.CompleteInspection;
import org.firegov.inspection.onsite.OnSiteInspectionCommands.Finding;
import org.firegov.inspection.onsite.OnSiteInspectionCommands.RecordFindings;
import org.firegov.inspection.onsite.OnSiteInspectionEvents.FindingHazardRaised;
import org.firegov.inspection.onsite.OnSiteInspectionEvents.FindingRecorded;
import org.firegov.inspection.onsite.OnSiteInspectionEvents.InspectionCompleted;
import org.firegov.inspection.onsite.OnSiteInspectionEvents.InspectionStarted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OnSiteInspectionTest {

    private static final String UNIT = "91500238MA5U7K3L74";
    private static final LocalDate DAY = LocalDate.of(2026, 8, 3);
    private static final InspectionStarted STARTED = new InspectionStarted("i-1", UNIT, "xiabao", "education", "p-1",
            "SCHOOL-v1", List.of(new ChecklistItem("EXITS", "疏散通道畅通"), new ChecklistItem("DORMITORY", "宿舍用电"),
            new ChecklistItem("LAB", "实验室危化品")), List.of("张伟", "李娜"), DAY);
    private AggregateTestFixture<OnSiteInspection> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OnSiteInspection.class);
    }

    private static FindingRecorded recorded(String item, FindingResult result) {
        return new FindingRecorded("i-1", UNIT, "xiabao", "education", item, result, null);
    }

    @Test
    void findings_are_recorded_item_by_item_and_may_be_corrected_before_completion() {
        fixture.given(STARTED, recorded("EXITS", FindingResult.FAIL))
                .when(new RecordFindings("i-1", List.of(new Finding("EXITS", FindingResult.PASS, null),
                        new Finding("LAB", FindingResult.NOT_APPLICABLE, null))))
                .expectEvents(recorded("EXITS", FindingResult.PASS), recorded("LAB", FindingResult.NOT_APPLICABLE));
    }

    @Test
    void an_item_not_on_the_checklist_is_refused_and_nothing_of_the_batch_is_recorded() {
        fixture.given(STARTED)
                .when(new RecordFindings("i-1", List.of(new Finding("EXITS", FindingResult.PASS, null),
                        new Finding("ROOF", FindingResult.FAIL, null))))
                .expectException(code("unknown-item"))
                .expectNoEvents();
    }

    @Test
    void an_item_that_raised_a_hazard_stays_failed() {
        fixture.given(STARTED, recorded("EXITS", FindingResult.FAIL),
                        new FindingHazardRaised("i-1", UNIT, "xiabao", "education", "EXITS", "h-1"))
                .when(new RecordFindings("i-1", List.of(new Finding("EXITS", FindingResult.PASS, null))))
                .expectException(code("finding-has-hazard"))
                .expectNoEvents();
    }

    @Test
    void an_inspection_is_completed_only_when_every_item_is_answered() {
        fixture.given(STARTED, recorded("EXITS", FindingResult.PASS))
                .when(new CompleteInspection("i-1"))
                .expectException(code("items-unanswered"))
                .expectNoEvents();
    }

    @Test
    void completion_counts_failed_items_and_raised_hazards_and_fails_the_inspection_if_any_item_failed() {
        fixture.given(STARTED, recorded("EXITS", FindingResult.FAIL), recorded("DORMITORY", FindingResult.FAIL),
                        recorded("LAB", FindingResult.NOT_APPLICABLE),
                        new FindingHazardRaised("i-1", UNIT, "xiabao", "education", "EXITS", "h-1"))
                .when(new CompleteInspection("i-1"))
                .expectEvents(new InspectionCompleted("i-1", UNIT, "xiabao", "education", "p-1", DAY, false, 2, 1));
    }

    @Test
    void an_inspection_with_no_failed_item_passes() {
        fixture.given(STARTED, recorded("EXITS", FindingResult.PASS), recorded("DORMITORY", FindingResult.PASS),
                        recorded("LAB", FindingResult.NOT_APPLICABLE))
                .when(new CompleteInspection("i-1"))
                .expectEvents(new InspectionCompleted("i-1", UNIT, "xiabao", "education", "p-1", DAY, true, 0, 0));
    }

    @Test
    void a_completed_inspection_is_completed_once_and_its_findings_no_longer_change() {
        InspectionCompleted completed = new InspectionCompleted("i-1", UNIT, "xiabao", "education", "p-1", DAY,
                true, 0, 0);
        fixture.given(STARTED, completed).when(new CompleteInspection("i-1"))
                .expectException(code("inspection-already-completed")).expectNoEvents();
        fixture.given(STARTED, completed)
                .when(new RecordFindings("i-1", List.of(new Finding("EXITS", FindingResult.FAIL, "堵塞"))))
                .expectException(code("inspection-completed")).expectNoEvents();
    }
}
