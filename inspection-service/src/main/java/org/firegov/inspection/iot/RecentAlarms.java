package org.firegov.inspection.iot;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.firegov.inspection.iot.AlarmEvents.AlarmResolved;
import org.springframework.stereotype.Component;

/**
 * Alarm keys this instance raised within the last 10 s, so a storm spread over many batches costs one command per
 * key and 10 s rather than one per batch. An optimisation only: the {@link Alarm} enforces one open alarm per device
 * and kind. A resolution forgets the key at once (a subscribing processor: in the resolving command's thread), so a
 * device still alarming raises its next alarm with its next signal.
 */
@Component
@ProcessingGroup(RecentAlarms.GROUP)
class RecentAlarms {

    static final String GROUP = "iot-recent-alarms";
    private static final long KEEP_NANOS = 10_000_000_000L;

    private final Map<String, Long> raisedAt = new ConcurrentHashMap<>();

    boolean contains(String alarmKey) {
        Long at = raisedAt.get(alarmKey);
        return at != null && System.nanoTime() - at < KEEP_NANOS;
    }

    void remember(String alarmKey) {
        long now = System.nanoTime();
        raisedAt.put(alarmKey, now);
        if (raisedAt.size() > 100_000) {
            raisedAt.values().removeIf(at -> now - at >= KEEP_NANOS);
        }
    }

    @EventHandler
    void on(AlarmResolved event) {
        raisedAt.remove(event.alarmKey());
    }
}
