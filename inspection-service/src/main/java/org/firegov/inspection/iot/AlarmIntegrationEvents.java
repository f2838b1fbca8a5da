package org.firegov.inspection.iot;

import org.firegov.events.inspection.IotAlarmRaisedV1;
import org.firegov.inspection.iot.AlarmEvents.AlarmRaised;
import org.firegov.kit.publish.IntegrationEventMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What IoT monitoring tells other services: each raised alarm, with the measurement time of its signal. */
@Configuration
class AlarmIntegrationEvents {

    @Bean
    IntegrationEventMapper<AlarmRaised> iotAlarmRaisedV1() {
        return IntegrationEventMapper.of(AlarmRaised.class, (e, at) -> new IotAlarmRaisedV1(e.alarmId(),
                e.deviceId(), e.unitId(), e.town(), e.department(), e.kind().name(), e.measuredAt(), at));
    }
}
