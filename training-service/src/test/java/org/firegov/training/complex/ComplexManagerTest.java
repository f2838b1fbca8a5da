package org.firegov.training.complex;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.NotFound;
import org.firegov.training.complex.ComplexManager.DeclareManager;
import org.firegov.training.complex.ComplexManager.ManagerDeclared;
import org.junit.jupiter.api.Test;

class ComplexManagerTest {

    private static final String UNIT = "91500238MA5U7K3L74";
    private final AggregateTestFixture<ComplexManager> fixture = new AggregateTestFixture<>(ComplexManager.class);

    @Test
    void a_manager_of_a_complex_over_50000_square_metres_is_flagged_unless_qualified_as_the_plan_wants() {
        fixture.givenNoPriorActivity()
                .when(new DeclareManager(UNIT, "巫溪万达广场", "fenghuang", 62_000, "张三", Qualification.NONE, null))
                .expectEvents(new ManagerDeclared(UNIT, "巫溪万达广场", "fenghuang", 62_000, "张三", Qualification.NONE,
                        true));
        fixture.givenNoPriorActivity()
                .when(new DeclareManager(UNIT, "x", "fenghuang", 62_000, "张三", Qualification.REGISTERED_FIRE_ENGINEER,
                        null))
                .expectEvents(new ManagerDeclared(UNIT, "x", "fenghuang", 62_000, "张三",
                        Qualification.REGISTERED_FIRE_ENGINEER, false));
        fixture.givenNoPriorActivity()
                .when(new DeclareManager(UNIT, "x", "fenghuang", 50_000, "张三", Qualification.NONE, null))
                .expectEvents(new ManagerDeclared(UNIT, "x", "fenghuang", 50_000, "张三", Qualification.NONE, false));
    }

    @Test
    void a_new_declaration_replaces_the_last_but_another_town_cannot_take_the_complex_over() {
        ManagerDeclared declared = new ManagerDeclared(UNIT, "x", "fenghuang", 62_000, "张三", Qualification.NONE,
                true);
        fixture.given(declared)
                .when(new DeclareManager(UNIT, "x", "fenghuang", 62_000, "李四",
                        Qualification.ENGINEERING_TITLE_INTERMEDIATE_OR_ABOVE, "fenghuang"))
                .expectEvents(new ManagerDeclared(UNIT, "x", "fenghuang", 62_000, "李四",
                        Qualification.ENGINEERING_TITLE_INTERMEDIATE_OR_ABOVE, false));
        fixture.given(declared)
                .when(new DeclareManager(UNIT, "x", "xiabao", 62_000, "李四", Qualification.NONE, "xiabao"))
                .expectException(NotFound.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new DeclareManager(UNIT, "x", "xiabao", 0, "李四", Qualification.NONE, null))
                .expectException(BusinessRuleViolation.class);
    }
}
