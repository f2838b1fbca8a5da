package org.firegov.infrastructure.force;

import org.firegov.events.infrastructure.EquipmentAcquiredV1;
import org.firegov.events.infrastructure.ForceRegisteredV1;
import org.firegov.events.infrastructure.VehicleAssignedV1;
import org.firegov.infrastructure.force.ForceEvents.EquipmentAdded;
import org.firegov.infrastructure.force.ForceEvents.ForceRegistered;
import org.firegov.infrastructure.force.ForceEvents.VehicleAssigned;
import org.firegov.kit.publish.IntegrationEventMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Evidence of stations, brigades, vehicles and equipment for plan monitoring: facts, one per registration or
 * acquisition; a consumer sums them against the plan's targets (counts, no rule to repeat).
 */
@Configuration
class ForceIntegrationEvents {

    @Bean
    IntegrationEventMapper<ForceRegistered> forceRegisteredV1() {
        return IntegrationEventMapper.of(ForceRegistered.class, (e, at) -> new ForceRegisteredV1(e.forceId(),
                e.kind().name(), e.name(), e.town(), e.stationClass() == null ? null : e.stationClass().name(),
                e.personnel(), at));
    }

    @Bean
    IntegrationEventMapper<VehicleAssigned> vehicleAssignedV1() {
        return IntegrationEventMapper.of(VehicleAssigned.class, (e, at) -> new VehicleAssignedV1(e.forceId(),
                e.vehicleId(), e.type().name(), e.acquiredOn(), at));
    }

    @Bean
    IntegrationEventMapper<EquipmentAdded> equipmentAcquiredV1() {
        return IntegrationEventMapper.of(EquipmentAdded.class, (e, at) -> new EquipmentAcquiredV1(e.forceId(),
                e.entryId(), e.category().name(), e.quantity(), e.acquiredOn(), at));
    }
}
