package org.firegov.inspection.hazard;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.inspection.hazard.HazardCommands.CloseHazard;
import org.firegov.inspection.hazard.HazardEvents.HazardClosed;
import org.firegov.inspection.hazard.HazardEvents.HazardReported;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HazardTest {

    private static final HazardReported REPORTED = new HazardReported("h-1", "91500238MA5U7K3L74", "xiabao",
            "education", "疏散通道堵塞", HazardSource.INSPECTION, false);
    private AggregateTestFixture<Hazard> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Hazard.class);
    }

    @Test
    void an_open_hazard_is_closed_in_its_units_town_and_department() {
        fixture.given(REPORTED)
                .when(new CloseHazard("h-1", "复查合格"))
                .expectEvents(new HazardClosed("h-1", "91500238MA5U7K3L74", "xiabao", "education", "复查合格"));
    }

    @Test
    void a_closed_hazard_cannot_be_closed_again() {
        fixture.given(REPORTED, new HazardClosed("h-1", "91500238MA5U7K3L74", "xiabao", "education", "ok"))
                .when(new CloseHazard("h-1", "again"))
                .expectException(BusinessRuleViolation.Conflict.class)
                .expectNoEvents();
    }
}
