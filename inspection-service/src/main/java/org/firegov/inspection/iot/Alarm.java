package org.firegov.inspection.iot;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import org.firegov.inspection.iot.AlarmCommands.AcknowledgeAlarm;
import org.firegov.inspection.iot.AlarmCommands.EscalateFault;
import org.firegov.inspection.iot.AlarmCommands.RaiseAlarm;
import org.firegov.inspection.iot.AlarmCommands.ResolveAlarm;
import org.firegov.inspection.iot.AlarmEvents.AlarmAcknowledged;
import org.firegov.inspection.iot.AlarmEvents.AlarmRaised;
import org.firegov.inspection.iot.AlarmEvents.AlarmResolved;
import org.firegov.inspection.iot.AlarmEvents.FaultEscalated;
import org.firegov.kit.domain.BusinessRuleViolation;

/**
 * The IoT alarms (物联网报警) of one device and kind: raised by a signal, acknowledged with a verdict by a person,
 * resolved; raised again later as a new alarm (a new {@code alarmId}). At most one is open at a time, so a storm
 * of signals from one device raises one alarm, and the rule holds however many batches or instances see them.
 */
@Aggregate
public class Alarm {

    @AggregateIdentifier
    private String alarmKey;
    private String openAlarmId;
    private boolean acknowledged;
    private String deviceId;
    private String unitId;
    private String town;
    private String department;
    private AlarmKind kind;
    private Instant measuredAt;
    private AlarmVerdict verdict;
    private boolean escalated;

    protected Alarm() {
        // for Axon, also for creating on the first signal
    }

    public static String keyOf(String deviceId, AlarmKind kind) {
        return deviceId + "#" + kind;
    }

    /** The id of the hazard an alarm becomes, whether verified as one or escalated: never two per alarm. */
    public static String hazardIdOf(String alarmId) {
        return UUID.nameUUIDFromBytes(("iot-alarm|" + alarmId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** @return the id of the open alarm: the new one, or the one already open for this device and kind */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    String handle(RaiseAlarm command) {
        if (openAlarmId != null) {
            return openAlarmId;
        }
        apply(new AlarmRaised(command.alarmKey(), command.alarmId(), command.deviceId(), command.unitId(),
                command.town(), command.department(), command.kind(), command.value(), command.measuredAt()));
        return command.alarmId();
    }

    @CommandHandler
    void handle(AcknowledgeAlarm command) {
        requireOpen(command.alarmId());
        if (acknowledged) {
            throw new BusinessRuleViolation.Conflict("alarm-already-acknowledged",
                    "alarm " + openAlarmId + " was already verified");
        }
        apply(new AlarmAcknowledged(alarmKey, openAlarmId, deviceId, unitId, town, department, kind,
                command.verdict(), command.note()));
    }

    @CommandHandler
    void handle(ResolveAlarm command) {
        requireOpen(command.alarmId());
        apply(new AlarmResolved(alarmKey, openAlarmId, deviceId, unitId, town, department, kind, command.note()));
    }

    @CommandHandler
    void handle(EscalateFault command) {
        requireOpen(command.alarmId());
        if (kind != AlarmKind.FAULT) {
            throw new BusinessRuleViolation("not-a-fault", "alarm " + openAlarmId + " is " + kind + ", not FAULT");
        }
        if (escalated || verdict == AlarmVerdict.HAZARD) {
            throw new BusinessRuleViolation.Conflict("fault-already-a-hazard",
                    "alarm " + openAlarmId + " already became a hazard");
        }
        if (!measuredAt.isBefore(command.faultBefore())) {
            throw new BusinessRuleViolation("fault-not-due", "fault " + openAlarmId + " since " + measuredAt
                    + " is not yet due to become a hazard");
        }
        apply(new FaultEscalated(alarmKey, openAlarmId, deviceId, unitId, town, department, measuredAt,
                hazardIdOf(openAlarmId)));
    }

    private void requireOpen(String alarmId) {
        if (openAlarmId == null || !openAlarmId.equals(alarmId)) {
            throw new BusinessRuleViolation.Conflict("alarm-not-open", "alarm " + alarmId + " is not open");
        }
    }

    @EventSourcingHandler
    void on(AlarmRaised event) {
        alarmKey = event.alarmKey();
        openAlarmId = event.alarmId();
        acknowledged = false;
        deviceId = event.deviceId();
        unitId = event.unitId();
        town = event.town();
        department = event.department();
        kind = event.kind();
        measuredAt = event.measuredAt();
        verdict = null;
        escalated = false;
    }

    @EventSourcingHandler
    void on(AlarmAcknowledged event) {
        acknowledged = true;
        verdict = event.verdict();
    }

    @EventSourcingHandler
    void on(FaultEscalated event) {
        escalated = true;
    }

    @EventSourcingHandler
    void on(AlarmResolved event) {
        openAlarmId = null;
    }
}
