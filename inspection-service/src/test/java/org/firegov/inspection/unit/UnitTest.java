package org.firegov.inspection.unit;

import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.inspection.unit.UnitCommands.RegisterUnit;
import org.firegov.inspection.unit.UnitEvents.UnitRegistered;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UnitTest {

    private static final String CODE = "91500238MA5U7K3L74";
    private AggregateTestFixture<Unit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Unit.class);
    }

    @Test
    void a_unit_with_a_valid_credit_code_and_a_category_is_registered() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(CODE, "凤凰商贸城", "凤凰镇", "fenghuang", "commerce",
                        Set.of(UnitCategory.COMMERCIAL_COMPLEX), RiskGrade.HIGH_RISK))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new UnitRegistered(CODE, "凤凰商贸城", "凤凰镇", "fenghuang", "commerce",
                        Set.of(UnitCategory.COMMERCIAL_COMPLEX), RiskGrade.HIGH_RISK));
    }

    @Test
    void a_credit_code_with_a_wrong_check_character_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit("91500238MA5U7K3L75", "x", null, "xiabao", "education",
                        Set.of(UnitCategory.SCHOOL), RiskGrade.KEY))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("91500238MA5U7K3L75 is not a valid unified social credit code (check character mismatch)")
                .expectNoEvents();
    }

    @Test
    void a_unit_without_any_category_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(CODE, "x", null, "xiabao", "education", Set.of(), RiskGrade.KEY))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void only_high_risk_units_need_insurance_and_a_yearly_assessment() {
        org.assertj.core.api.Assertions.assertThat(RiskGrade.HIGH_RISK.requiresInsuranceAndYearlyAssessment()).isTrue();
        org.assertj.core.api.Assertions.assertThat(RiskGrade.KEY.requiresInsuranceAndYearlyAssessment()).isFalse();
        org.assertj.core.api.Assertions.assertThat(RiskGrade.GENERAL.requiresInsuranceAndYearlyAssessment()).isFalse();
    }
}
