package org.firegov.inspection.unit;

import java.util.Set;
import java.util.stream.Collectors;

import org.firegov.events.inspection.UnitAmendedV1;
import org.firegov.events.inspection.UnitClosedV1;
import org.firegov.events.inspection.UnitRegisteredV1;
import org.firegov.inspection.unit.UnitEvents.UnitAmended;
import org.firegov.inspection.unit.UnitEvents.UnitClosed;
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
                e.town(), e.department(), names(e.categories()), e.riskGrade().name(), at));
    }

    @Bean
    IntegrationEventMapper<UnitAmended> unitAmendedV1() {
        return IntegrationEventMapper.of(UnitAmended.class, (e, at) -> new UnitAmendedV1(e.unitId(), e.name(),
                e.town(), e.department(), names(e.categories()), e.riskGrade().name(), at));
    }

    @Bean
    IntegrationEventMapper<UnitClosed> unitClosedV1() {
        return IntegrationEventMapper.of(UnitClosed.class, (e, at) -> new UnitClosedV1(e.unitId(), e.town(),
                e.department(), at));
    }

    private static Set<String> names(Set<UnitCategory> categories) {
        return categories.stream().map(Enum::name).collect(Collectors.toSet());
    }
}
