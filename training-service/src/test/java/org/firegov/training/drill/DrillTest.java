package org.firegov.training.drill;

import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class DrillTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private final AggregateTestFixture<Drill> fixture = new AggregateTestFixture<>(Drill.class);

    @Test
    void a_drill_that_was_held_is_recorded_with_its_participants_and_evacuation_time() {
        fixture.givenNoPriorActivity()
                .when(new RecordDrill("d-1", "91500238MA5U7K3L74", "下堡镇中心小学", "xiabao", "education",
                        TODAY.minusDays(3), 640, 185, "全校师生", TODAY))
                .expectEvents(new DrillRecorded("d-1", "91500238MA5U7K3L74", "下堡镇中心小学", "xiabao", "education",
                        TODAY.minusDays(3), 640, 185, "全校师生"));
    }

    @Test
    void a_drill_in_the_future_cannot_be_recorded() {
        fixture.givenNoPriorActivity()
                .when(new RecordDrill("d-1", "91500238MA5U7K3L74", "x", "xiabao", null, TODAY.plusDays(1), 10, 60,
                        null, TODAY))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }
}
