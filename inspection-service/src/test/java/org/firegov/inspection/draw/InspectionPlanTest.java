package org.firegov.inspection.draw;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.firegov.inspection.draw.DoubleRandomDraw.Assignment;
import org.firegov.inspection.draw.DoubleRandomDraw.Inspector;
import org.firegov.inspection.draw.DoubleRandomDraw.PopulationUnit;
import org.firegov.inspection.draw.PlanCommands.DrawPlan;
import org.firegov.inspection.draw.PlanCommands.PublishPlan;
import org.firegov.inspection.draw.PlanEvents.DrawnUnit;
import org.firegov.inspection.draw.PlanEvents.PlanDrawn;
import org.firegov.inspection.draw.PlanEvents.PlanPublished;
import org.firegov.inspection.unit.RiskGrade;
import org.firegov.inspection.unit.UnitCategory;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InspectionPlanTest {

    private static final LocalDate FROM = LocalDate.of(2026, 7, 1);
    private static final LocalDate TO = LocalDate.of(2026, 9, 30);
    private static final PopulationFilter FILTER = new PopulationFilter(Set.of(UnitCategory.SCHOOL), Set.of("xiabao"),
            Set.of());
    private static final List<PopulationUnit> POPULATION = List.of(
            new PopulationUnit("U1", RiskGrade.HIGH_RISK, false, "xiabao", "education"),
            new PopulationUnit("U2", RiskGrade.KEY, false, "xiabao", "health"),
            new PopulationUnit("U3", RiskGrade.GENERAL, true, "xiabao", "education"));
    private static final List<Inspector> POOL = List.of(new Inspector("张伟", Set.of()), new Inspector("李娜", Set.of()),
            new Inspector("王强", Set.of("U1")));
    private AggregateTestFixture<InspectionPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(InspectionPlan.class);
    }

    private static DrawPlan draw(LocalDate to, int sampleSize, int perInspection) {
        return new DrawPlan("p-1", "2026年第三季度双随机抽查", FROM, to, FILTER, sampleSize, perInspection, POOL, 42L,
                POPULATION);
    }

    @Test
    void a_plan_is_drawn_from_its_seed_and_snapshot_and_records_both() {
        fixture.givenNoPriorActivity()
                .when(draw(TO, 2, 2))
                .expectEvents(new PlanDrawn("p-1", "2026年第三季度双随机抽查", FROM, TO, FILTER, 2, 2, POOL, 42L, POPULATION,
                        DoubleRandomDraw.draw(42L, POPULATION, POOL, 2, 2)));
    }

    @Test
    void a_plan_whose_period_ends_before_it_starts_is_refused() {
        fixture.givenNoPriorActivity()
                .when(draw(FROM.minusDays(1), 2, 2))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_plan_with_one_inspector_per_inspection_is_refused() {
        fixture.givenNoPriorActivity()
                .when(draw(TO, 2, 1))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("every inspection needs at least two inspectors")
                .expectNoEvents();
    }

    @Test
    void a_sample_larger_than_the_population_is_refused() {
        fixture.givenNoPriorActivity()
                .when(draw(TO, 4, 2))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_plan_is_refused_when_a_drawn_unit_has_too_few_inspectors_without_a_conflict() {
        fixture.givenNoPriorActivity()
                .when(draw(TO, 3, 3))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_drawn_plan_is_published_once_with_its_year_and_the_drawn_units_town_and_department_from_the_snapshot() {
        List<Assignment> assignments = DoubleRandomDraw.draw(42L, POPULATION, POOL, 2, 2);
        PlanDrawn drawn = new PlanDrawn("p-1", "n", FROM, TO, FILTER, 2, 2, POOL, 42L, POPULATION, assignments);
        List<DrawnUnit> expected = assignments.stream().map(a -> POPULATION.stream()
                .filter(u -> u.unitId().equals(a.unitId())).findFirst()
                .map(u -> new DrawnUnit(u.unitId(), u.town(), u.department())).orElseThrow()).toList();
        fixture.given(drawn).when(new PublishPlan("p-1")).expectEvents(new PlanPublished("p-1", 2026, expected));
        fixture.given(drawn, new PlanPublished("p-1", 2026, expected)).when(new PublishPlan("p-1"))
                .expectException(BusinessRuleViolation.Conflict.class).expectNoEvents();
    }

    @Test
    void a_published_plan_gives_an_inspection_of_a_drawn_unit_its_drawn_inspectors_and_refuses_other_units() {
        List<Assignment> assignments = DoubleRandomDraw.draw(42L, POPULATION, POOL, 1, 2);
        PlanDrawn drawn = new PlanDrawn("p-1", "n", FROM, TO, FILTER, 1, 2, POOL, 42L, POPULATION, assignments);
        String drawnUnit = assignments.get(0).unitId();
        String otherUnit = POPULATION.stream().map(PopulationUnit::unitId).filter(u -> !u.equals(drawnUnit))
                .findFirst().orElseThrow();
        fixture.given(drawn).when(new PublishPlan("p-1")).expectState(plan -> {
            assertThat(plan.inspectionOf(drawnUnit).inspectors()).isEqualTo(assignments.get(0).inspectors());
            assertThat(plan.inspectionOf(drawnUnit).periodTo()).isEqualTo(TO);
            assertThatThrownBy(() -> plan.inspectionOf(otherUnit)).hasMessageContaining("did not draw");
        });
    }
}
