package org.firegov.inspection.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.firegov.inspection.draw.DoubleRandomDraw.Assignment;
import org.firegov.inspection.draw.DoubleRandomDraw.Inspector;
import org.firegov.inspection.draw.DoubleRandomDraw.PopulationUnit;
import org.firegov.inspection.unit.RiskGrade;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class DoubleRandomDrawTest {

    private static final List<PopulationUnit> POPULATION = List.of(
            new PopulationUnit("U01", RiskGrade.HIGH_RISK), new PopulationUnit("U02", RiskGrade.GENERAL),
            new PopulationUnit("U03", RiskGrade.KEY), new PopulationUnit("U04", RiskGrade.GENERAL),
            new PopulationUnit("U05", RiskGrade.GENERAL), new PopulationUnit("U06", RiskGrade.GENERAL),
            new PopulationUnit("U07", RiskGrade.GENERAL), new PopulationUnit("U08", RiskGrade.GENERAL),
            new PopulationUnit("U09", RiskGrade.GENERAL), new PopulationUnit("U10", RiskGrade.GENERAL));
    private static final List<Inspector> POOL = List.of(new Inspector("张伟", Set.of("U01")),
            new Inspector("李娜", Set.of()), new Inspector("王强", Set.of("U02", "U03")), new Inspector("刘洋", Set.of()));

    @Test
    void the_same_seed_snapshot_and_pool_give_the_same_draw_whatever_order_they_are_given_in() {
        List<PopulationUnit> shuffledUnits = new ArrayList<>(POPULATION);
        Collections.reverse(shuffledUnits);
        List<Inspector> shuffledPool = new ArrayList<>(POOL);
        Collections.reverse(shuffledPool);
        List<Assignment> first = DoubleRandomDraw.draw(20260601L, POPULATION, POOL, 4, 2);
        assertThat(DoubleRandomDraw.draw(20260601L, shuffledUnits, shuffledPool, 4, 2)).isEqualTo(first);
        assertThat(DoubleRandomDraw.draw(20260602L, POPULATION, POOL, 4, 2)).isNotEqualTo(first);
    }

    @Test
    void no_unit_is_drawn_twice_and_each_gets_distinct_inspectors_without_a_declared_conflict() {
        for (long seed = 0; seed < 500; seed++) {
            List<Assignment> draw = DoubleRandomDraw.draw(seed, POPULATION, POOL, 6, 2);
            assertThat(draw).extracting(Assignment::unitId).doesNotHaveDuplicates().hasSize(6);
            for (Assignment assignment : draw) {
                assertThat(assignment.inspectors()).hasSize(2).doesNotHaveDuplicates();
                for (Inspector inspector : POOL) {
                    if (inspector.conflicts().contains(assignment.unitId())) {
                        assertThat(assignment.inspectors()).doesNotContain(inspector.name());
                    }
                }
            }
        }
    }

    @Test
    void a_fire_high_risk_unit_is_drawn_about_three_times_as_often_as_another_unit() {
        Map<String, Integer> hits = new HashMap<>();
        int draws = 6000;
        for (long seed = 0; seed < draws; seed++) {
            hits.merge(DoubleRandomDraw.draw(seed, POPULATION, POOL, 1, 2).get(0).unitId(), 1, Integer::sum);
        }
        // weights 3 + 9 × 1 = 12: the high-risk unit expects 1 500 draws, each other unit 500
        assertThat(hits.get("U01")).isBetween(1300, 1700);
        assertThat(hits.get("U05")).isBetween(380, 620);
    }

    @Test
    void a_unit_on_the_dishonesty_list_is_drawn_about_twice_as_often_and_a_dishonest_high_risk_unit_six_times() {
        List<PopulationUnit> population = new java.util.ArrayList<>();
        population.add(new PopulationUnit("D01", RiskGrade.GENERAL, true));
        population.add(new PopulationUnit("D02", RiskGrade.HIGH_RISK, true));
        for (int i = 3; i <= 10; i++) {
            population.add(new PopulationUnit(String.format("D%02d", i), RiskGrade.GENERAL));
        }
        Map<String, Integer> hits = new HashMap<>();
        int draws = 8000;
        // seeds spread like real ones: consecutive small seeds give java.util.Random correlated first draws
        java.util.SplittableRandom seeds = new java.util.SplittableRandom(2026);
        for (int i = 0; i < draws; i++) {
            hits.merge(DoubleRandomDraw.draw(seeds.nextLong(), population, POOL, 1, 2).get(0).unitId(), 1,
                    Integer::sum);
        }
        // weights 2 + 6 + 8 × 1 = 16: D01 expects 1 000 draws, D02 3 000, each other unit 500
        assertThat(hits.get("D01")).isBetween(850, 1150);
        assertThat(hits.get("D02")).isBetween(2750, 3250);
        assertThat(hits.get("D05")).isBetween(400, 600);
    }

    @Test
    void a_sample_larger_than_the_population_or_too_few_free_inspectors_is_refused() {
        assertThatThrownBy(() -> DoubleRandomDraw.draw(1L, POPULATION, POOL, 11, 2))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("population size (10)");
        assertThatThrownBy(() -> DoubleRandomDraw.draw(1L, POPULATION, POOL, 0, 2))
                .isInstanceOf(BusinessRuleViolation.class);
        List<Inspector> conflicted = List.of(new Inspector("张伟", Set.of("U01")), new Inspector("李娜", Set.of()));
        assertThatThrownBy(() -> DoubleRandomDraw.draw(1L, List.of(POPULATION.get(0)), conflicted, 1, 2))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("only 1 inspectors");
    }
}
