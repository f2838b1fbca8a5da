package org.firegov.inspection.incident;

import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.inspection.incident.IncidentCommands.RecordIncident;
import org.firegov.inspection.incident.IncidentEvents.IncidentRecorded;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IncidentTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private AggregateTestFixture<Incident> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Incident.class);
    }

    private static RecordIncident incident(IncidentKind kind, boolean major, int count, boolean historical) {
        return new RecordIncident("i-1", "xiabao", null, null, DAY, kind, "电气线路故障", major, 1, 2, 150_000, count,
                historical);
    }

    @Test
    void a_major_fire_is_recorded_with_its_casualties_and_loss() {
        fixture.givenNoPriorActivity().when(incident(IncidentKind.FIRE, true, 1, false))
                .expectEvents(new IncidentRecorded("i-1", "xiabao", null, null, DAY, IncidentKind.FIRE, "电气线路故障",
                        true, 1, 2, 150_000, 1, false));
    }

    @Test
    void only_a_fire_can_be_major() {
        fixture.givenNoPriorActivity().when(incident(IncidentKind.RESCUE, true, 1, false))
                .expectException(BusinessRuleViolation.class).expectExceptionMessage(
                        "only a fire can be major (较大及以上火灾), not RESCUE");
    }

    @Test
    void only_a_historical_entry_stands_for_several_incidents() {
        fixture.givenNoPriorActivity().when(incident(IncidentKind.FIRE, false, 76, false))
                .expectException(BusinessRuleViolation.class);
        fixture.givenNoPriorActivity().when(incident(IncidentKind.FIRE, false, 76, true))
                .expectEvents(new IncidentRecorded("i-1", "xiabao", null, null, DAY, IncidentKind.FIRE, "电气线路故障",
                        false, 1, 2, 150_000, 76, true));
    }
}
