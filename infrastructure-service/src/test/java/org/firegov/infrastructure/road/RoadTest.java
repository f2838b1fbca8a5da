package org.firegov.infrastructure.road;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.infrastructure.road.RoadCommands.RegisterRoad;
import org.firegov.infrastructure.road.RoadEvents.RoadRegistered;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.NotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoadTest {

    private AggregateTestFixture<Road> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Road.class);
    }

    @Test
    void a_town_registers_a_new_road_with_the_hydrants_it_requires() {
        fixture.givenNoPriorActivity()
                .when(new RegisterRoad("r-1", "滨河路", "xiabao", 6, false, "xiabao"))
                .expectEvents(new RoadRegistered("r-1", "滨河路", "xiabao", 6, false));
    }

    @Test
    void a_town_cannot_register_a_road_in_another_town() {
        fixture.givenNoPriorActivity()
                .when(new RegisterRoad("r-1", "滨河路", "xiabao", 6, false, "tongcheng"))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void a_road_needs_a_name_and_a_non_negative_requirement() {
        fixture.givenNoPriorActivity()
                .when(new RegisterRoad("r-1", "滨河路", "xiabao", -1, false, null))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RegisterRoad("r-1", " ", "xiabao", 1, false, null))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }
}
