package org.firegov.infrastructure.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.infrastructure.recruitment.RecruitCommands.HireFirefighter;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class RecruitTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private final AggregateTestFixture<Recruit> fixture = new AggregateTestFixture<>(Recruit.class);

    @Test
    void a_firefighter_hired_within_the_plan_period_is_recorded() {
        fixture.givenNoPriorActivity()
                .when(new HireFirefighter("WX-2023-01", LocalDate.of(2023, 3, 1), "xiabao", TODAY))
                .expectEvents(new FirefighterHired("WX-2023-01", LocalDate.of(2023, 3, 1), "xiabao"));
    }

    @Test
    void a_hiring_date_in_the_future_or_before_2021_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(new HireFirefighter("WX-1", TODAY.plusDays(1), "xiabao", TODAY))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new HireFirefighter("WX-2", LocalDate.of(2020, 12, 31), "xiabao", TODAY))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void the_plan_asks_3_a_year_and_15_by_2025_and_shows_where_the_county_is_behind() {
        RecruitmentPlan.Progress progress = RecruitmentPlan.of(Map.of(2021, 3, 2022, 2, 2023, 4, 2025, 3));
        assertThat(progress.target()).isEqualTo(15);
        assertThat(progress.hired()).isEqualTo(12);
        assertThat(progress.targetMet()).isFalse();
        assertThat(progress.years()).extracting(RecruitmentPlan.Year::hiredToDate).containsExactly(3, 5, 9, 9, 12);
        assertThat(progress.years()).extracting(RecruitmentPlan.Year::onTrack)
                .containsExactly(true, false, true, false, false);
        assertThat(RecruitmentPlan.of(Map.of(2021, 5, 2022, 5, 2024, 5)).targetMet()).isTrue();
    }
}
