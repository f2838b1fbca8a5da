package org.firegov.inspection.iot;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.inspection.iot.AlarmCommands.RaiseAlarm;
import org.firegov.inspection.iot.AlarmCommands.ResolveAlarm;
import org.firegov.kit.axon.AuditMetadata;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 离线 — raises an {@code OFFLINE} alarm for each device silent longer than {@code offline-after}, and resolves it
 * when the device is heard from again. Runs from the persistent device states, so a restart loses nothing; the
 * alarm's one-open-per-device-and-kind rule keeps repeated runs from raising twice.
 */
@Component
class OfflineDeviceCheck {

    static final String ACTOR = "offline-check";
    private static final Logger log = LoggerFactory.getLogger(OfflineDeviceCheck.class);
    private static final int BATCH = 500;

    private final DeviceStates devices;
    private final IotProperties properties;
    private final CommandGateway commands;
    private final MongoTemplate mongo;

    OfflineDeviceCheck(DeviceStates devices, IotProperties properties, CommandGateway commands, MongoTemplate mongo) {
        this.devices = devices;
        this.properties = properties;
        this.commands = commands;
        this.mongo = mongo;
    }

    @Scheduled(fixedDelayString = "${firegov.inspection.iot.offline-check-interval}",
            initialDelayString = "${firegov.inspection.iot.offline-check-interval}")
    void scheduled() {
        check(Instant.now());
    }

    /** @return how many devices were newly found offline */
    int check(Instant now) {
        int marked = 0;
        for (DeviceView device : devices.silentSince(now.minus(properties.offlineAfter()), BATCH)) {
            try {
                send(new RaiseAlarm(Alarm.keyOf(device.deviceId(), AlarmKind.OFFLINE), UUID.randomUUID().toString(),
                        device.deviceId(), device.unitId(), device.town(), device.department(), AlarmKind.OFFLINE, 0,
                        device.lastSeenAt()));
                devices.markOffline(device.deviceId(), now);
                marked++;
            } catch (RuntimeException failure) {
                log.warn("could not raise the offline alarm of device {}; will retry", device.deviceId(), failure);
            }
        }
        for (DeviceView device : devices.backOnline()) {
            String key = Alarm.keyOf(device.deviceId(), AlarmKind.OFFLINE);
            AlarmView open = mongo.findOne(Query.query(Criteria.where("alarmKey").is(key)
                    .and("status").ne(AlarmView.Status.RESOLVED)), AlarmView.class, AlarmView.COLLECTION);
            try {
                if (open != null) {
                    send(new ResolveAlarm(key, open.alarmId(), "设备恢复在线 — the device is back online"));
                }
                devices.markOnline(device.deviceId());
            } catch (BusinessRuleViolation alreadyResolved) {
                devices.markOnline(device.deviceId());
            } catch (RuntimeException failure) {
                log.warn("could not resolve the offline alarm of device {}; will retry", device.deviceId(), failure);
            }
        }
        return marked;
    }

    private void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(AuditMetadata.ACTOR, ACTOR)));
    }
}
