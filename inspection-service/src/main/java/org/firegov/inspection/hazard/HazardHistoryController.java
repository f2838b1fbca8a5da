package org.firegov.inspection.hazard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.firegov.inspection.hazard.HazardEvents.HazardReported;
import org.firegov.kit.axon.AuditMetadata;
import org.firegov.kit.domain.NotFound;
import org.firegov.kit.security.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The full history of a hazard, read from its own event stream in the event store: every step with when it
 * happened, who did it (the {@code actor} metadata the kit stamps on every event) and the stage before and after.
 */
@RestController
class HazardHistoryController {

    private final EventStore events;

    HazardHistoryController(EventStore events) {
        this.events = events;
    }

    /** One step; {@code data} is the event's content. */
    record HistoryEntry(long sequence, Instant at, String actor, String event, HazardStage from, HazardStage to,
                        Object data) {
    }

    @GetMapping("/api/inspection/hazards/{hazardId}/history")
    List<HistoryEntry> history(Actor actor, @PathVariable String hazardId) {
        List<? extends DomainEventMessage<?>> stream = events.readEvents(hazardId).asStream().toList();
        if (stream.isEmpty() || !(stream.get(0).getPayload() instanceof HazardReported reported)
                || !actor.canSee(reported.town(), reported.department(), reported.unitId())) {
            throw new NotFound("hazard", hazardId);
        }
        List<HistoryEntry> history = new ArrayList<>();
        HazardStage stage = null;
        for (DomainEventMessage<?> event : stream) {
            HazardStage next = stageAfter(event.getPayload(), stage);
            Object who = event.getMetaData().get(AuditMetadata.ACTOR);
            history.add(new HistoryEntry(event.getSequenceNumber(), event.getTimestamp(),
                    who == null ? null : who.toString(), event.getPayloadType().getSimpleName(), stage, next,
                    event.getPayload()));
            stage = next;
        }
        return history;
    }

    static HazardStage stageAfter(Object event, HazardStage current) {
        if (event instanceof HazardReported) {
            return HazardStage.REPORTED;
        }
        if (event instanceof HazardEvents.RectificationOrdered || event instanceof HazardEvents.RectificationRejected) {
            return HazardStage.RECTIFICATION_ORDERED;
        }
        if (event instanceof HazardEvents.RectificationSubmitted) {
            return HazardStage.RECTIFICATION_SUBMITTED;
        }
        return event instanceof HazardEvents.HazardClosed ? HazardStage.CLOSED : current;
    }
}
