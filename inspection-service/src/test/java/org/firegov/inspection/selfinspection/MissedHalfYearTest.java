package org.firegov.inspection.selfinspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.inspection.selfinspection.SelfInspectionCommands.RecordMissedHalfYear;
import org.firegov.inspection.selfinspection.SelfInspectionEvents.HalfYearSelfInspectionMissed;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class MissedHalfYearTest {

    private static final String UNIT = "91500238MA5U7K3L74";
    private static final String ID = MissedHalfYear.idOf(UNIT, "2026-H1");

    private final AggregateTestFixture<MissedHalfYear> fixture = new AggregateTestFixture<>(MissedHalfYear.class);

    @Test
    void a_unit_is_recorded_as_having_missed_a_half_year_once_it_is_over() {
        fixture.givenNoPriorActivity()
                .when(new RecordMissedHalfYear(ID, UNIT, "xiabao", "education", "2026-H1", LocalDate.of(2026, 7, 1)))
                .expectEvents(new HalfYearSelfInspectionMissed(ID, UNIT, "xiabao", "education", "2026-H1",
                        LocalDate.of(2026, 7, 1)));
    }

    @Test
    void a_half_year_still_running_cannot_be_missed() {
        fixture.givenNoPriorActivity()
                .when(new RecordMissedHalfYear(ID, UNIT, "xiabao", "education", "2026-H1", LocalDate.of(2026, 6, 30)))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("half year 2026-H1 is not over on 2026-06-30");
    }

    @Test
    void the_record_is_one_per_unit_and_half_year() {
        assertThat(MissedHalfYear.idOf(UNIT, "2026-H1")).isEqualTo(ID).isNotEqualTo(MissedHalfYear.idOf(UNIT, "2026-H2"))
                .isNotEqualTo(MissedHalfYear.idOf("91500238MADEM00011", "2026-H1"));
    }

    @Test
    void half_years_cover_six_months_and_end_on_the_first_day_after() {
        HalfYear second = HalfYear.parse("2026-H2");
        assertThat(second.months()).containsExactly("2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12");
        assertThat(second.end()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(HalfYear.of(LocalDate.of(2026, 6, 30))).hasToString("2026-H1");
        assertThat(HalfYear.lastEndedBefore(LocalDate.of(2026, 3, 5))).hasToString("2025-H2");
        assertThat(HalfYear.lastEndedBefore(LocalDate.of(2026, 11, 29))).hasToString("2026-H1");
    }
}
