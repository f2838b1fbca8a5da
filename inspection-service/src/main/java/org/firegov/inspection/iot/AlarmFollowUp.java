package org.firegov.inspection.iot;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.firegov.inspection.hazard.HazardCommands.ReportHazard;
import org.firegov.inspection.hazard.HazardSource;
import org.firegov.inspection.incident.IncidentCommands.RecordIncident;
import org.firegov.inspection.incident.IncidentKind;
import org.firegov.inspection.iot.AlarmEvents.AlarmAcknowledged;
import org.firegov.inspection.iot.AlarmEvents.FaultEscalated;
import org.firegov.kit.axon.DuplicateAggregate;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a verified or long-open alarm leads to, through the other features' own commands: an alarm verified as a
 * hazard, or a fault left open too long, enters the hazard lifecycle (source {@code IOT}) at the alarm's unit; an
 * alarm verified as a real fire (真实火警) records a fire incident at the unit's town. The hazard's and incident's
 * ids are derived from the alarm's, so a re-delivered event records nothing twice; never replayed.
 */
@Component
@ProcessingGroup("iot-alarm-follow-up")
class AlarmFollowUp {

    private static final Logger log = LoggerFactory.getLogger(AlarmFollowUp.class);
    private static final ZoneId COUNTY_TIME = ZoneId.of("Asia/Shanghai");

    private final CommandGateway commands;

    AlarmFollowUp(CommandGateway commands) {
        this.commands = commands;
    }

    static String incidentIdOf(String alarmId) {
        return UUID.nameUUIDFromBytes(("iot-fire|" + alarmId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @EventHandler
    @DisallowReplay
    void on(AlarmAcknowledged event, @Timestamp Instant at) {
        if (event.verdict() == AlarmVerdict.HAZARD) {
            send(event.alarmId(), new ReportHazard(Alarm.hazardIdOf(event.alarmId()), event.unitId(),
                    "物联网报警核查确认的隐患 — IoT alarm " + event.kind() + " of device " + event.deviceId()
                            + (event.note() == null ? "" : ": " + event.note()),
                    HazardSource.IOT, false));
        } else if (event.verdict() == AlarmVerdict.FIRE) {
            send(event.alarmId(), new RecordIncident(incidentIdOf(event.alarmId()), event.town(), event.unitId(),
                    event.department(), LocalDate.ofInstant(at, COUNTY_TIME), IncidentKind.FIRE,
                    "物联网报警核查确认的火警 — IoT alarm of device " + event.deviceId()
                            + (event.note() == null ? "" : ": " + event.note()),
                    false, 0, 0, 0, 1, false));
        }
    }

    @EventHandler
    @DisallowReplay
    void on(FaultEscalated event) {
        send(event.alarmId(), new ReportHazard(event.hazardId(), event.unitId(),
                "物联网设备故障超时未处理 — device " + event.deviceId() + " has reported a fault since "
                        + event.faultSince() + " and it was not resolved",
                HazardSource.IOT, false));
    }

    private void send(String alarmId, Object command) {
        try {
            commands.sendAndWait(command);
        } catch (BusinessRuleViolation refused) {
            log.warn("alarm {}: its follow-up cannot be recorded: {}", alarmId, refused.getMessage());
        } catch (RuntimeException failure) {
            if (!DuplicateAggregate.causedBy(failure)) {
                throw failure;
            }
        }
    }
}
