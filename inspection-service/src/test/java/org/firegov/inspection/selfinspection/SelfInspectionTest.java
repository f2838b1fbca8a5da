package org.firegov.inspection.selfinspection;

import static org.firegov.inspection.RuleViolations.code;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.inspection.checklist.ChecklistItem;
import org.firegov.inspection.onsite.FindingResult;
import org.firegov.inspection.selfinspection.SelfInspectionCommands.Answer;
import org.firegov.inspection.selfinspection.SelfInspectionCommands.SubmitSelfInspection;
import org.firegov.inspection.selfinspection.SelfInspectionEvents.RaisedHazard;
import org.firegov.inspection.selfinspection.SelfInspectionEvents.SelfInspectionSubmitted;
import org.firegov.inspection.unit.Unit.UnitScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SelfInspectionTest {

    private static final String UNIT = "91500238MA5U7K3L74";
    private static final UnitScope SCOPE = new UnitScope(UNIT, "xiabao", "education");
    private static final List<ChecklistItem> ITEMS = List.of(new ChecklistItem("EXITS", "疏散通道畅通"),
            new ChecklistItem("E_BIKE", "电动车不在楼道充电"), new ChecklistItem("LAB", "实验室危化品"));
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    private AggregateTestFixture<SelfInspection> fixture;

    /** Stands in for {@link SelfInspectionSubmitting}: the unit's scope and checklist as the aggregates hold them. */
    class Submitting {
        @CommandHandler
        void handle(SubmitSelfInspection command) throws Exception {
            fixture.getRepository().newInstance(() -> new SelfInspection(command, SCOPE, ITEMS, item -> "h-" + item));
        }
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SelfInspection.class);
        fixture.registerAnnotatedCommandHandler(new Submitting());
    }

    private static SubmitSelfInspection submit(String period, List<Answer> answers) {
        return new SubmitSelfInspection("s-1", UNIT, period, TODAY, "SCHOOL-v1", answers, "我单位承诺…", null);
    }

    private static final List<Answer> ANSWERS = List.of(new Answer("EXITS", FindingResult.PASS, null),
            new Answer("E_BIKE", FindingResult.FAIL, "楼道有电动车充电"), new Answer("LAB", FindingResult.NOT_APPLICABLE, null));

    @Test
    void a_complete_self_inspection_is_recorded_and_each_failed_item_raises_a_hazard() {
        fixture.givenNoPriorActivity()
                .when(submit("2026-05", ANSWERS))
                .expectEvents(new SelfInspectionSubmitted("s-1", UNIT, "xiabao", "education", "2026-05", TODAY,
                        "SCHOOL-v1", ANSWERS, "我单位承诺…", null, 1, List.of(new RaisedHazard("E_BIKE", "h-E_BIKE"))));
    }

    @Test
    void every_item_must_be_answered_once_and_only_items_of_the_checklist() {
        fixture.givenNoPriorActivity().when(submit("2026-05", ANSWERS.subList(0, 2)))
                .expectException(code("items-unanswered")).expectNoEvents();
        fixture.givenNoPriorActivity().when(submit("2026-05", List.of(ANSWERS.get(0), ANSWERS.get(1), ANSWERS.get(2),
                        new Answer("ROOF", FindingResult.PASS, null))))
                .expectException(code("unknown-item")).expectNoEvents();
        fixture.givenNoPriorActivity().when(submit("2026-05", List.of(ANSWERS.get(0), ANSWERS.get(1), ANSWERS.get(2),
                        ANSWERS.get(0))))
                .expectException(code("item-answered-twice")).expectNoEvents();
    }

    @Test
    void a_month_that_has_not_begun_cannot_be_self_inspected_but_an_earlier_one_can() {
        fixture.givenNoPriorActivity().when(submit("2026-06", ANSWERS))
                .expectException(code("period-in-future")).expectNoEvents();
        fixture.givenNoPriorActivity().when(submit("2026-04", ANSWERS)).expectSuccessfulHandlerExecution();
    }
}
