package org.firegov.infrastructure.hydrant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.infrastructure.hydrant.HydrantCommands.ChangeHydrantStatus;
import org.firegov.infrastructure.hydrant.HydrantCommands.RegisterHydrant;
import org.firegov.infrastructure.hydrant.HydrantCommands.UpdateHydrantDetails;
import org.firegov.infrastructure.hydrant.HydrantEvents.HydrantDetailsUpdated;
import org.firegov.infrastructure.hydrant.HydrantEvents.HydrantRegistered;
import org.firegov.infrastructure.hydrant.HydrantEvents.HydrantStatusChanged;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.NotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HydrantTest {

    private static final HydrantRegistered REGISTERED = new HydrantRegistered("h-1", HydrantType.HYDRANT, "xiabao",
            "下堡正街", 31.62, 109.48, false);
    private AggregateTestFixture<Hydrant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Hydrant.class);
    }

    @Test
    void the_brigade_registers_a_hydrant_in_any_town_in_service() {
        fixture.givenNoPriorActivity()
                .when(new RegisterHydrant("h-1", HydrantType.HYDRANT, "xiabao", "下堡正街", 31.62, 109.48, false, null))
                .expectEvents(REGISTERED);
    }

    @Test
    void a_town_registers_a_hydrant_in_its_own_town() {
        fixture.givenNoPriorActivity()
                .when(new RegisterHydrant("h-1", HydrantType.HYDRANT, "xiabao", "下堡正街", 31.62, 109.48, false, "xiabao"))
                .expectEvents(REGISTERED);
    }

    @Test
    void a_town_cannot_register_a_hydrant_in_another_town() {
        fixture.givenNoPriorActivity()
                .when(new RegisterHydrant("h-1", HydrantType.HYDRANT, "xiabao", "x", 31.62, 109.48, false, "tongcheng"))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void a_hydrant_outside_wuxi_county_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(new RegisterHydrant("h-1", HydrantType.POOL, "xiabao", "x", 29.56, 106.55, false, null))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_hydrants_road_and_coordinates_are_corrected_in_its_town() {
        fixture.given(REGISTERED)
                .when(new UpdateHydrantDetails("h-1", "下堡新街", 31.63, 109.49, "xiabao"))
                .expectEvents(new HydrantDetailsUpdated("h-1", "xiabao", "下堡新街", 31.63, 109.49));
    }

    @Test
    void another_town_cannot_edit_the_hydrant_nor_move_it_out_of_the_county() {
        fixture.given(REGISTERED)
                .when(new UpdateHydrantDetails("h-1", "x", 31.63, 109.49, "tongcheng"))
                .expectException(NotFound.class)
                .expectNoEvents();
        fixture.given(REGISTERED)
                .when(new UpdateHydrantDetails("h-1", "x", 32.5, 109.49, null))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_hydrant_found_damaged_at_an_inspection_changes_status_with_its_reason() {
        fixture.given(REGISTERED)
                .when(new ChangeHydrantStatus("h-1", HydrantStatus.DAMAGED, "出水口损坏", StatusChangeSource.INSPECTION, null))
                .expectEvents(new HydrantStatusChanged("h-1", HydrantType.HYDRANT, "xiabao", HydrantStatus.IN_SERVICE,
                        HydrantStatus.DAMAGED, "出水口损坏", StatusChangeSource.INSPECTION));
    }

    @Test
    void a_repaired_hydrant_goes_back_into_service() {
        fixture.given(REGISTERED, new HydrantStatusChanged("h-1", HydrantType.HYDRANT, "xiabao",
                        HydrantStatus.IN_SERVICE, HydrantStatus.DAMAGED, "损坏", StatusChangeSource.INSPECTION))
                .when(new ChangeHydrantStatus("h-1", HydrantStatus.IN_SERVICE, "已维修", StatusChangeSource.REPAIR, "xiabao"))
                .expectEvents(new HydrantStatusChanged("h-1", HydrantType.HYDRANT, "xiabao", HydrantStatus.DAMAGED,
                        HydrantStatus.IN_SERVICE, "已维修", StatusChangeSource.REPAIR));
    }

    @Test
    void changing_to_the_current_status_is_a_conflict() {
        fixture.given(REGISTERED)
                .when(new ChangeHydrantStatus("h-1", HydrantStatus.IN_SERVICE, "ok", StatusChangeSource.REPAIR, null))
                .expectException(BusinessRuleViolation.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void a_status_change_needs_a_reason_and_the_right_town() {
        fixture.given(REGISTERED)
                .when(new ChangeHydrantStatus("h-1", HydrantStatus.DAMAGED, " ", StatusChangeSource.INSPECTION, null))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
        fixture.given(REGISTERED)
                .when(new ChangeHydrantStatus("h-1", HydrantStatus.DAMAGED, "x", StatusChangeSource.INSPECTION, "dahe"))
                .expectException(NotFound.class)
                .expectNoEvents();
    }
}
