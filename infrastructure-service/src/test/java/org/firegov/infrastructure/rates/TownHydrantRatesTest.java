package org.firegov.infrastructure.rates;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.infrastructure.rates.TownRatesCommands.CountHydrant;
import org.firegov.infrastructure.rates.TownRatesCommands.CountRoad;
import org.firegov.infrastructure.rates.TownRatesCommands.UpdateHydrant;
import org.firegov.infrastructure.rates.TownRatesEvents.HydrantCounted;
import org.firegov.infrastructure.rates.TownRatesEvents.RoadCounted;
import org.firegov.infrastructure.rates.TownRatesEvents.TownHydrantRatesChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TownHydrantRatesTest {

    private static final String ID = TownRatesCommands.idOf("xiabao");
    private static final RoadCounted ROAD = new RoadCounted(ID, "xiabao", "r-1", 3);
    private static final HydrantCounted H1 = new HydrantCounted(ID, "xiabao", "h-1", true);
    private AggregateTestFixture<TownHydrantRates> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TownHydrantRates.class);
    }

    @Test
    void a_towns_first_road_starts_its_counts_and_announces_the_rates() {
        fixture.givenNoPriorActivity()
                .when(new CountRoad(ID, "xiabao", "r-1", 3))
                .expectEvents(ROAD, new TownHydrantRatesChanged(ID, "xiabao", 3, 0, 0));
    }

    @Test
    void a_hydrant_counted_and_then_damaged_changes_the_rates_each_time() {
        fixture.given(ROAD)
                .when(new CountHydrant(ID, "xiabao", "h-1", true))
                .expectEvents(H1, new TownHydrantRatesChanged(ID, "xiabao", 3, 1, 1));
        fixture.given(ROAD, H1)
                .when(new UpdateHydrant(ID, "xiabao", "h-1", false))
                .expectEvents(new HydrantCounted(ID, "xiabao", "h-1", false),
                        new TownHydrantRatesChanged(ID, "xiabao", 3, 1, 0));
    }

    @Test
    void a_fact_delivered_again_changes_nothing_and_announces_nothing() {
        fixture.given(ROAD, H1)
                .when(new CountHydrant(ID, "xiabao", "h-1", true))
                .expectNoEvents();
        fixture.given(ROAD, H1)
                .when(new CountRoad(ID, "xiabao", "r-1", 3))
                .expectNoEvents();
        fixture.given(ROAD, H1)
                .when(new UpdateHydrant(ID, "xiabao", "h-1", true))
                .expectNoEvents();
    }

    @Test
    void a_status_change_of_a_hydrant_that_is_not_counted_such_as_demo_data_is_left_out() {
        fixture.given(ROAD, H1)
                .when(new UpdateHydrant(ID, "xiabao", "demo-xiabao-1", false))
                .expectNoEvents();
    }

    @Test
    void a_status_change_in_a_town_with_nothing_counted_yet_announces_nothing() {
        fixture.givenNoPriorActivity()
                .when(new UpdateHydrant(ID, "xiabao", "demo-xiabao-1", false))
                .expectNoEvents();
    }
}
