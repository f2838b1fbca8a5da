package org.firegov.inspection.unit;

import java.util.stream.Collectors;

import org.firegov.events.inspection.UnitRegisteredV1;
import org.firegov.inspection.unit.UnitEvents.UnitRegistered;
import org.firegov.kit.publish.IntegrationEventMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the unit registry tells other services. */
@Configuration
class UnitIntegrationEvents {

    @Bean
    IntegrationEventMapper<UnitRegistered> unitRegisteredV1() {
        return IntegrationEventMapper.of(UnitRegistered.class, (e, at) -> new UnitRegisteredV1(e.unitId(), e.name(),
                e.town(), e.department(), e.categories().stream().map(Enum::name).collect(Collectors.toSet()),
                e.riskGrade().name(), at));
    }
}
