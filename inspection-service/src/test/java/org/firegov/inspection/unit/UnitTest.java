package org.firegov.inspection.unit;

import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.inspection.unit.UnitCommands.AmendUnit;
import org.firegov.inspection.unit.UnitCommands.CloseUnit;
import org.firegov.inspection.unit.UnitCommands.RegisterUnit;
import org.firegov.inspection.unit.UnitEvents.UnitAmended;
import org.firegov.inspection.unit.UnitEvents.UnitClosed;
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
                        Set.of(UnitCategory.COMMERCIAL_COMPLEX), RiskGrade.HIGH_RISK, false))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new UnitRegistered(CODE, "凤凰商贸城", "凤凰镇", "fenghuang", "commerce",
                        Set.of(UnitCategory.COMMERCIAL_COMPLEX), RiskGrade.HIGH_RISK, false));
    }

    @Test
    void a_credit_code_with_a_wrong_check_character_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit("91500238MA5U7K3L75", "x", null, "xiabao", "education",
                        Set.of(UnitCategory.SCHOOL), RiskGrade.KEY, false))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("91500238MA5U7K3L75 is not a valid unified social credit code (check character mismatch)")
                .expectNoEvents();
    }

    @Test
    void a_unit_without_any_category_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(CODE, "x", null, "xiabao", "education", Set.of(), RiskGrade.KEY, false))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void only_high_risk_units_need_insurance_and_a_yearly_assessment() {
        org.assertj.core.api.Assertions.assertThat(RiskGrade.HIGH_RISK.requiresInsuranceAndYearlyAssessment()).isTrue();
        org.assertj.core.api.Assertions.assertThat(RiskGrade.KEY.requiresInsuranceAndYearlyAssessment()).isFalse();
        org.assertj.core.api.Assertions.assertThat(RiskGrade.GENERAL.requiresInsuranceAndYearlyAssessment()).isFalse();
    }

    private static final UnitRegistered REGISTERED = new UnitRegistered(CODE, "下堡小学", "下堡镇", "xiabao",
            "education", Set.of(UnitCategory.SCHOOL), RiskGrade.KEY, false);

    @Test
    void a_unit_is_amended_with_its_whole_new_particulars() {
        fixture.given(REGISTERED)
                .when(new AmendUnit(CODE, "下堡中心小学", "下堡镇1号", "tongcheng", "education",
                        Set.of(UnitCategory.SCHOOL, UnitCategory.HIGH_RISE), RiskGrade.HIGH_RISK))
                .expectEvents(new UnitAmended(CODE, "下堡中心小学", "下堡镇1号", "tongcheng", "education",
                        Set.of(UnitCategory.SCHOOL, UnitCategory.HIGH_RISE), RiskGrade.HIGH_RISK));
    }

    @Test
    void an_amendment_without_any_category_is_rejected() {
        fixture.given(REGISTERED)
                .when(new AmendUnit(CODE, "x", null, "xiabao", "education", Set.of(), RiskGrade.KEY))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_closed_unit_cannot_be_amended() {
        fixture.given(REGISTERED, new UnitClosed(CODE, "xiabao", "education", "停业"))
                .when(new AmendUnit(CODE, "x", null, "xiabao", "education", Set.of(UnitCategory.SCHOOL), RiskGrade.KEY))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("unit " + CODE + " is closed (注销)")
                .expectNoEvents();
    }

    @Test
    void a_unit_is_closed_in_its_town_and_department() {
        fixture.given(REGISTERED)
                .when(new CloseUnit(CODE, "停业"))
                .expectEvents(new UnitClosed(CODE, "xiabao", "education", "停业"));
    }

    @Test
    void a_unit_moved_to_another_town_is_closed_there() {
        fixture.given(REGISTERED, new UnitAmended(CODE, "x", null, "tongcheng", "health", Set.of(UnitCategory.HOSPITAL),
                        RiskGrade.KEY))
                .when(new CloseUnit(CODE, "停业"))
                .expectEvents(new UnitClosed(CODE, "tongcheng", "health", "停业"));
    }

    @Test
    void closing_a_unit_twice_is_a_conflict() {
        fixture.given(REGISTERED, new UnitClosed(CODE, "xiabao", "education", "停业"))
                .when(new CloseUnit(CODE, "again"))
                .expectException(BusinessRuleViolation.Conflict.class)
                .expectNoEvents();
    }
}
