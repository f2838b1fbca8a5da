package org.firegov.infrastructure.force;

import org.firegov.infrastructure.force.ForceEvents.VehicleAssigned;
import org.firegov.kit.axon.AddedFieldUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Vehicles assigned before acquisition dates were kept (revision 1) load with {@code acquiredOn = null}. */
@Configuration
class ForceUpcasters {

    @Bean
    AddedFieldUpcaster vehicleAssignedV1toV2() {
        return AddedFieldUpcaster.withNull(VehicleAssigned.class, "1", "2", "acquiredOn");
    }
}
