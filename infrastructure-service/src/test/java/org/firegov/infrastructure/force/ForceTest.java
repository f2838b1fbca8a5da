package org.firegov.infrastructure.force;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.infrastructure.force.ForceCommands.AddEquipment;
import org.firegov.infrastructure.force.ForceCommands.AssignVehicle;
import org.firegov.infrastructure.force.ForceCommands.RegisterForce;
import org.firegov.infrastructure.force.ForceCommands.RetireVehicle;
import org.firegov.infrastructure.force.ForceCommands.SetProtectionArea;
import org.firegov.infrastructure.force.ForceCommands.WriteOffEquipment;
import org.firegov.infrastructure.force.ForceEvents.EquipmentAdded;
import org.firegov.infrastructure.force.ForceEvents.EquipmentWrittenOff;
import org.firegov.infrastructure.force.ForceEvents.ForceRegistered;
import org.firegov.infrastructure.force.ForceEvents.ProtectionAreaSet;
import org.firegov.infrastructure.force.ForceEvents.VehicleAssigned;
import org.firegov.infrastructure.force.ForceEvents.VehicleRetired;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.NotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ForceTest {

    private static final ForceRegistered STATION = new ForceRegistered("f-1", ForceKind.STATION, "凤凰消防站",
            "fenghuang", StationClass.CLASS_1, 30);
    private static final LocalDate BOUGHT = LocalDate.of(2022, 9, 1);
    private static final LocalDate TODAY = LocalDate.of(2024, 5, 1);
    private static final VehicleAssigned TANK = new VehicleAssigned("f-1", "v-1", VehicleType.WATER_TANK, "渝A1234应急",
            BOUGHT);
    private static final EquipmentAdded SUITS = new EquipmentAdded("f-1", "e-1", EquipmentCategory.PROTECTIVE,
            "灭火防护服", 40, BOUGHT);
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
                .when(new AssignVehicle("f-1", "v-1", VehicleType.WATER_TANK, "渝A1234应急", BOUGHT, TODAY))
                .expectEvents(TANK);
        fixture.given(STATION, TANK)
                .when(new AssignVehicle("f-1", "v-1", VehicleType.FOAM, null, null, TODAY))
                .expectException(BusinessRuleViolation.Conflict.class).expectNoEvents();
        fixture.given(STATION, TANK)
                .when(new RetireVehicle("f-1", "v-1", "报废"))
                .expectEvents(new VehicleRetired("f-1", "v-1", VehicleType.WATER_TANK, "报废"));
        fixture.given(STATION, TANK, new VehicleRetired("f-1", "v-1", VehicleType.WATER_TANK, "报废"))
                .when(new RetireVehicle("f-1", "v-1", "again"))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void a_vehicle_cannot_have_been_acquired_in_the_future() {
        fixture.given(STATION)
                .when(new AssignVehicle("f-1", "v-2", VehicleType.PUBLICITY, null, TODAY.plusDays(1), TODAY))
                .expectException(BusinessRuleViolation.class).expectExceptionMessage("a vehicle cannot be acquired in the future")
                .expectNoEvents();
    }

    @Test
    void equipment_is_added_in_positive_quantities_acquired_by_today() {
        fixture.given(STATION)
                .when(new AddEquipment("f-1", "e-1", EquipmentCategory.PROTECTIVE, "灭火防护服", 40, BOUGHT, TODAY))
                .expectEvents(SUITS);
        fixture.given(STATION)
                .when(new AddEquipment("f-1", "e-1", EquipmentCategory.PROTECTIVE, "x", 0, BOUGHT, TODAY))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
        fixture.given(STATION)
                .when(new AddEquipment("f-1", "e-1", EquipmentCategory.RESCUE, "x", 3, TODAY.plusDays(1), TODAY))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
    }

    @Test
    void a_force_writes_off_no_more_equipment_than_it_holds_of_the_category() {
        fixture.given(STATION, SUITS)
                .when(new WriteOffEquipment("f-1", EquipmentCategory.PROTECTIVE, 15, "破损"))
                .expectEvents(new EquipmentWrittenOff("f-1", EquipmentCategory.PROTECTIVE, 15, 25, "破损"));
        fixture.given(STATION, SUITS, new EquipmentWrittenOff("f-1", EquipmentCategory.PROTECTIVE, 15, 25, "破损"))
                .when(new WriteOffEquipment("f-1", EquipmentCategory.PROTECTIVE, 26, "破损"))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("the force holds 25 of PROTECTIVE; it can write off between 1 and that many")
                .expectNoEvents();
        fixture.given(STATION, SUITS)
                .when(new WriteOffEquipment("f-1", EquipmentCategory.RESCUE, 1, "破损"))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
    }

    @Test
    void only_a_station_has_a_protection_area_and_it_is_positive() {
        fixture.given(STATION)
                .when(new SetProtectionArea("f-1", new BigDecimal("4.96")))
                .expectEvents(new ProtectionAreaSet("f-1", new BigDecimal("4.96")));
        fixture.given(STATION)
                .when(new SetProtectionArea("f-1", BigDecimal.ZERO))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
        fixture.given(new ForceRegistered("f-1", ForceKind.FULL_TIME_BRIGADE, "下堡镇专职消防队", "xiabao", null, 12))
                .when(new SetProtectionArea("f-1", new BigDecimal("3.00")))
                .expectException(BusinessRuleViolation.class).expectExceptionMessage("only a fire rescue station has a protection area")
                .expectNoEvents();
    }
}
