package org.firegov.infrastructure.force;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.infrastructure.force.ForceCommands.AssignVehicle;
import org.firegov.infrastructure.force.ForceCommands.RegisterForce;
import org.firegov.infrastructure.force.ForceCommands.RetireVehicle;
import org.firegov.infrastructure.force.ForceEvents.ForceRegistered;
import org.firegov.infrastructure.force.ForceEvents.VehicleAssigned;
import org.firegov.infrastructure.force.ForceEvents.VehicleRetired;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.NotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ForceTest {

    private static final ForceRegistered STATION = new ForceRegistered("f-1", ForceKind.STATION, "凤凰消防站",
            "fenghuang", StationClass.CLASS_1, 30);
    private static final VehicleAssigned TANK = new VehicleAssigned("f-1", "v-1", VehicleType.WATER_TANK, "渝A1234应急");
    private AggregateTestFixture<Force> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Force.class);
    }

    @Test
    void a_class_one_station_is_registered() {
        fixture.givenNoPriorActivity()
                .when(new RegisterForce("f-1", ForceKind.STATION, "凤凰消防站", "fenghuang", StationClass.CLASS_1, 30))
                .expectEvents(STATION);
    }

    @Test
    void only_a_station_has_a_class_and_every_station_has_one() {
        fixture.givenNoPriorActivity()
                .when(new RegisterForce("f-1", ForceKind.STATION, "x", "fenghuang", null, 30))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RegisterForce("f-1", ForceKind.MICRO_STATION, "x", "xiabao", StationClass.CLASS_2, 5))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
    }

    @Test
    void a_force_needs_a_name_and_non_negative_personnel() {
        fixture.givenNoPriorActivity()
                .when(new RegisterForce("f-1", ForceKind.FULL_TIME_BRIGADE, " ", "xiabao", null, 5))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RegisterForce("f-1", ForceKind.FULL_TIME_BRIGADE, "下堡镇专职消防队", "xiabao", null, -1))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
    }

    @Test
    void a_vehicle_is_assigned_once_and_retired_once() {
        fixture.given(STATION)
                .when(new AssignVehicle("f-1", "v-1", VehicleType.WATER_TANK, "渝A1234应急"))
                .expectEvents(TANK);
        fixture.given(STATION, TANK)
                .when(new AssignVehicle("f-1", "v-1", VehicleType.FOAM, null))
                .expectException(BusinessRuleViolation.Conflict.class).expectNoEvents();
        fixture.given(STATION, TANK)
                .when(new RetireVehicle("f-1", "v-1", "报废"))
                .expectEvents(new VehicleRetired("f-1", "v-1", VehicleType.WATER_TANK, "报废"));
        fixture.given(STATION, TANK, new VehicleRetired("f-1", "v-1", VehicleType.WATER_TANK, "报废"))
                .when(new RetireVehicle("f-1", "v-1", "again"))
                .expectException(NotFound.class).expectNoEvents();
    }
}
