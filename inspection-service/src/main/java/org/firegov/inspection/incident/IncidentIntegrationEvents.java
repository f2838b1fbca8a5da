package org.firegov.inspection.incident;

import org.firegov.events.inspection.ExtendedInvestigationConcludedV1;
import org.firegov.events.inspection.IncidentRecordedV1;
import org.firegov.inspection.incident.IncidentEvents.ExtendedInvestigationConcluded;
import org.firegov.inspection.incident.IncidentEvents.IncidentRecorded;
import org.firegov.kit.publish.IntegrationEventMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Incidents for accountability: a major fire vetoes its town's assessment year (一票否决). */
@Configuration
class IncidentIntegrationEvents {

    @Bean
    IntegrationEventMapper<IncidentRecorded> incidentRecordedV1() {
        return IntegrationEventMapper.of(IncidentRecorded.class, (e, at) -> new IncidentRecordedV1(e.incidentId(),
                e.town(), e.occurredOn(), e.kind().name(), e.major(), e.deaths(), e.injuries(), e.directLossYuan(),
                e.historical(), at));
    }

    /** Who failed which responsibility in a fatal or influential fire (延伸调查), for accountability (问责). */
    @Bean
    IntegrationEventMapper<ExtendedInvestigationConcluded> extendedInvestigationConcludedV1() {
        return IntegrationEventMapper.of(ExtendedInvestigationConcluded.class, (e, at) ->
                new ExtendedInvestigationConcludedV1(e.incidentId(), e.town(), e.occurredOn(), e.deaths(),
                        e.influential(), e.summary(), e.findings().stream().map(f ->
                                new ExtendedInvestigationConcludedV1.Finding(f.partyType().name(), f.party(),
                                        f.finding(), f.severity().name())).toList(), at));
    }
}
