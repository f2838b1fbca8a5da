package org.firegov.inspection.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.firegov.inspection.unit.UnitCommands.RegisterUnit;
import org.firegov.kit.validation.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Test;

/** The demo registry: two hundred valid, distinct, marked units across the plan's towns, departments and kinds. */
class DemoRegistryTest {

    private final List<RegisterUnit> units = DemoRegistrySeed.units();

    @Test
    void two_hundred_demo_units_with_valid_distinct_credit_codes_apart_from_the_ten_seeded_ones() {
        assertThat(units).hasSize(DemoRegistrySeed.SIZE);
        assertThat(units).allSatisfy(unit -> {
            assertThat(UnifiedSocialCreditCode.isValid(unit.unitId())).as(unit.unitId()).isTrue();
            assertThat(unit.demo()).isTrue();
            assertThat(unit.name()).endsWith("（演示）");
        });
        assertThat(units).extracting(RegisterUnit::unitId).doesNotHaveDuplicates()
                .doesNotContain(UnitSeed.demoCode(0), UnitSeed.demoCode(9));
        assertThat(units).extracting(RegisterUnit::name).doesNotHaveDuplicates();
        assertThat(DemoRegistrySeed.units()).isEqualTo(units);   // the same every time
    }

    @Test
    void spread_over_the_plans_towns_departments_kinds_and_risk_grades() {
        assertThat(units).extracting(RegisterUnit::town).containsOnly("fenghuang", "xiabao", "tongcheng", "dahe",
                "yulin", "bailu", "hongchiba");
        Map<String, Long> perTown = units.stream().collect(Collectors.groupingBy(RegisterUnit::town,
                Collectors.counting()));
        assertThat(perTown.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(20));
        assertThat(units).extracting(RegisterUnit::department).contains("housing", "emergency", "education",
                "health", "civil-affairs", "culture-tourism", "commerce");
        assertThat(units.stream().flatMap(u -> u.categories().stream()).distinct().count()).isEqualTo(15);
        assertThat(units.stream().filter(u -> u.riskGrade() == RiskGrade.HIGH_RISK).count()).isEqualTo(28);
        assertThat(units.stream().filter(u -> u.categories().contains(UnitCategory.HIGH_RISE)).count()).isEqualTo(40);
    }
}
