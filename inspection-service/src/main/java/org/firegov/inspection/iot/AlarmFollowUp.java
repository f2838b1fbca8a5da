package org.firegov.inspection.iot;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.firegov.inspection.hazard.HazardCommands.ReportHazard;
import org.firegov.inspection.hazard.HazardSource;
import org.firegov.inspection.iot.AlarmEvents.AlarmAcknowledged;
import org.firegov.kit.axon.DuplicateAggregate;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An alarm verified as a real hazard enters the hazard lifecycle (source {@code IOT}) at the alarm's unit. The
 * hazard's id is derived from the alarm's, so a re-delivered event does not report it twice; never replayed.
 */
@Component
@ProcessingGroup("iot-alarm-follow-up")
class AlarmFollowUp {

    private static final Logger log = LoggerFactory.getLogger(AlarmFollowUp.class);

    private final CommandGateway commands;

    AlarmFollowUp(CommandGateway commands) {
        this.commands = commands;
    }

    static String hazardIdOf(String alarmId) {
        return UUID.nameUUIDFromBytes(("iot-alarm|" + alarmId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @EventHandler
    @DisallowReplay
    void on(AlarmAcknowledged event) {
        if (event.verdict() != AlarmVerdict.HAZARD) {
            return;
        }
        try {
            commands.sendAndWait(new ReportHazard(hazardIdOf(event.alarmId()), event.unitId(),
                    "物联网报警核查确认的隐患 — IoT alarm " + event.kind() + " of device " + event.deviceId()
                            + (event.note() == null ? "" : ": " + event.note()),
                    HazardSource.IOT, false));
        } catch (BusinessRuleViolation unitGone) {
            log.warn("alarm {} confirmed as a hazard, but it cannot be reported: {}", event.alarmId(),
                    unitGone.getMessage());
        } catch (RuntimeException failure) {
            if (!DuplicateAggregate.causedBy(failure)) {
                throw failure;
            }
        }
    }
}
