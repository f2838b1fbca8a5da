package org.firegov.inspection.iot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.events.iot.DeviceSignalV1;
import org.firegov.inspection.iot.AlarmCommands.RaiseAlarm;
import org.firegov.inspection.iot.DeviceStates.Latest;
import org.firegov.inspection.iot.UnitDirectory.UnitScope;
import org.firegov.kit.axon.AuditMetadata;
import org.firegov.kit.consume.IntegrationEventBatchHandler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Ingests device signals (智慧消防物联网) a Kafka batch at a time: signals of unknown kinds or from units that are not
 * registered go to the DLT; the rest update each device's latest state in one bulk write, and each device and alarm
 * kind seen alarming in the batch raises (at most) one alarm, from its first alarming signal. Signals themselves are
 * not stored one by one. A key this instance raised in the last 10 s is not sent again (the aggregate would only answer
 * "already open"; see {@link RecentAlarms}).
 */
@Component
@EnableConfigurationProperties(IotProperties.class)
class SignalIntake implements IntegrationEventBatchHandler<DeviceSignalV1> {

    static final String ACTOR = "iot-intake";

    private final UnitDirectory units;
    private final DeviceStates devices;
    private final SignalRules rules;
    private final CommandGateway commands;
    private final RecentAlarms recentlyRaised;

    SignalIntake(UnitDirectory units, DeviceStates devices, IotProperties thresholds, CommandGateway commands,
                 RecentAlarms recentlyRaised) {
        this.recentlyRaised = recentlyRaised;
        this.units = units;
        this.devices = devices;
        this.rules = new SignalRules(thresholds);
        this.commands = commands;
    }

    @Override
    public Class<DeviceSignalV1> eventType() {
        return DeviceSignalV1.class;
    }

    @Override
    public void handle(List<DeviceSignalV1> signals, DeadLetters<DeviceSignalV1> deadLetters) {
        Map<String, UnitScope> scopes = units.scopes(signals.stream().map(DeviceSignalV1::unitId).toList());
        Map<String, Latest> latest = new LinkedHashMap<>();
        Map<String, RaiseAlarm> alarms = new LinkedHashMap<>();
        for (DeviceSignalV1 signal : signals) {
            if (!SignalRules.KINDS.contains(signal.kind())) {
                deadLetters.send(signal, "unknown signal kind " + signal.kind());
                continue;
            }
            UnitScope unit = scopes.get(signal.unitId());
            if (unit == null) {
                deadLetters.send(signal, "no registered, active unit " + signal.unitId());
                continue;
            }
            latest.put(signal.deviceId(), new Latest(signal, unit));
            rules.alarmFor(signal).ifPresent(kind -> alarms.putIfAbsent(Alarm.keyOf(signal.deviceId(), kind),
                    new RaiseAlarm(Alarm.keyOf(signal.deviceId(), kind), UUID.randomUUID().toString(),
                            signal.deviceId(), unit.unitId(), unit.town(), unit.department(), kind, signal.value(),
                            signal.measuredAt())));
        }
        devices.merge(latest.values());
        for (RaiseAlarm raise : alarms.values()) {
            if (!recentlyRaised.contains(raise.alarmKey())) {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(raise)
                        .andMetaData(Map.of(AuditMetadata.ACTOR, ACTOR)));
                recentlyRaised.remember(raise.alarmKey());
            }
        }
    }
}
