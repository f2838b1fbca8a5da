package org.firegov.accountability.credit;

import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.accountability.credit.DishonestyCommands.ExpireDishonesty;
import org.firegov.accountability.credit.DishonestyCommands.RecordDishonesty;
import org.firegov.accountability.credit.DishonestyCommands.RepairCredit;
import org.firegov.accountability.credit.DishonestyEvents.CreditRepaired;
import org.firegov.accountability.credit.DishonestyEvents.DishonestyExpired;
import org.firegov.accountability.credit.DishonestyEvents.DishonestyRecorded;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DishonestyRecordTest {

    private static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    private static final LocalDate UNTIL = LocalDate.of(2027, 3, 1);
    private static final DishonestyRecorded RECORDED = new DishonestyRecorded("r-1", "91500238MA5U7K3L74", "凤凰商贸城",
            "fenghuang", "commerce", DishonestyBasis.VIOLATION, "拒不整改重大火灾隐患", FROM, UNTIL);
    private AggregateTestFixture<DishonestyRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DishonestyRecord.class);
    }

    @Test
    void a_record_for_a_sane_period_is_made() {
        fixture.givenNoPriorActivity()
                .when(new RecordDishonesty("r-1", "91500238MA5U7K3L74", "凤凰商贸城", "fenghuang", "commerce",
                        DishonestyBasis.VIOLATION, "拒不整改重大火灾隐患", FROM, UNTIL))
                .expectEvents(RECORDED);
    }

    @Test
    void a_record_must_end_after_it_starts_and_run_at_most_three_years() {
        fixture.givenNoPriorActivity()
                .when(new RecordDishonesty("r-1", "u", "n", null, null, DishonestyBasis.VIOLATION, "x", FROM, FROM))
                .expectException(BusinessRuleViolation.class);
        fixture.givenNoPriorActivity()
                .when(new RecordDishonesty("r-1", "u", "n", null, null, DishonestyBasis.INVESTIGATION, "x", FROM,
                        FROM.plusYears(3).plusDays(1)))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void an_active_record_can_be_repaired_once() {
        fixture.given(RECORDED)
                .when(new RepairCredit("r-1", "隐患已整改并通过复查"))
                .expectEvents(new CreditRepaired("r-1", "91500238MA5U7K3L74", "隐患已整改并通过复查"));
        fixture.given(RECORDED, new CreditRepaired("r-1", "91500238MA5U7K3L74", "x"))
                .when(new RepairCredit("r-1", "again"))
                .expectException(BusinessRuleViolation.Conflict.class);
    }

    @Test
    void a_record_expires_on_its_last_day_and_not_before() {
        fixture.given(RECORDED)
                .when(new ExpireDishonesty("r-1", UNTIL.minusDays(1)))
                .expectException(BusinessRuleViolation.Conflict.class);
        fixture.given(RECORDED)
                .when(new ExpireDishonesty("r-1", UNTIL))
                .expectEvents(new DishonestyExpired("r-1", "91500238MA5U7K3L74"));
        fixture.given(RECORDED, new DishonestyExpired("r-1", "91500238MA5U7K3L74"))
                .when(new ExpireDishonesty("r-1", UNTIL.plusDays(5)))
                .expectException(BusinessRuleViolation.Conflict.class)
                .expectNoEvents();
    }
}
