package org.firegov.inspection.checklist;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.inspection.checklist.ChecklistCommands.PublishChecklistTemplate;
import org.firegov.inspection.checklist.ChecklistEvents.ChecklistTemplatePublished;
import org.firegov.inspection.unit.UnitCategory;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChecklistTemplateTest {

    private static final List<ChecklistItem> ITEMS = List.of(new ChecklistItem("EXITS", "疏散通道畅通"),
            new ChecklistItem("DORMITORY", "宿舍用电"));
    private AggregateTestFixture<ChecklistTemplate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ChecklistTemplate.class);
    }

    @Test
    void a_version_of_a_categorys_checklist_is_published_with_its_items() {
        fixture.givenNoPriorActivity()
                .when(new PublishChecklistTemplate("SCHOOL-v2", UnitCategory.SCHOOL, 2, "学校", ITEMS))
                .expectEvents(new ChecklistTemplatePublished("SCHOOL-v2", UnitCategory.SCHOOL, 2, "学校", ITEMS));
    }

    @Test
    void a_checklist_without_items_or_with_a_repeated_item_code_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new PublishChecklistTemplate("SCHOOL-v2", UnitCategory.SCHOOL, 2, "学校", List.of()))
                .expectException(BusinessRuleViolation.class).expectExceptionMessage("a checklist needs at least one item");
        fixture.givenNoPriorActivity()
                .when(new PublishChecklistTemplate("SCHOOL-v2", UnitCategory.SCHOOL, 2, "学校",
                        List.of(ITEMS.get(0), new ChecklistItem("EXITS", "安全出口"))))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
    }
}
