package org.firegov.inspection.iot;

import java.util.Optional;
import java.util.Set;

import org.firegov.events.iot.DeviceSignalV1;

/** Which alarm, if any, one signal shows; thresholds from {@link IotProperties}. A pure function. */
final class SignalRules {

    /** The signal kinds of the contract; anything else can never be processed. */
    static final Set<String> KINDS = Set.of("SMOKE", "WATER_PRESSURE", "WATER_LEVEL", "ELECTRICAL", "FAULT",
            "HEARTBEAT");

    private final IotProperties thresholds;

    SignalRules(IotProperties thresholds) {
        this.thresholds = thresholds;
    }

    Optional<AlarmKind> alarmFor(DeviceSignalV1 signal) {
        return Optional.ofNullable(switch (signal.kind()) {
            case "SMOKE" -> signal.value() >= 1 ? AlarmKind.FIRE : null;
            case "WATER_PRESSURE" -> signal.value() < thresholds.minimumWaterPressureMpa()
                    ? AlarmKind.LOW_WATER_PRESSURE : null;
            case "ELECTRICAL" -> signal.value() > thresholds.maximumResidualCurrentMa() ? AlarmKind.ELECTRICAL : null;
            case "FAULT" -> AlarmKind.FAULT;
            default -> null; // HEARTBEAT and WATER_LEVEL only show the device is alive
        });
    }
}
