package org.firegov.accountability.responsibility;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.accountability.party.Parties;
import org.firegov.accountability.party.PartyKind;
import org.firegov.accountability.responsibility.TaskCommands.AssignTask;
import org.firegov.events.inspection.IncidentRecordedV1;
import org.firegov.kit.axon.DuplicateAggregate;
import org.springframework.stereotype.Component;

/**
 * “回头看”: a fatal fire in a town puts a review of the town's prevention and rectification measures on its
 * responsibility list, due {@link #REVIEW_TIME} after the fire was recorded. One task per incident (the id is
 * derived from it), so re-deliveries and replays never assign twice; a fire recorded too long ago gets none.
 */
@Component
public class FatalFireReviews {

    public static final String PLAN_SECTION = "三(一)1";
    static final Duration REVIEW_TIME = Duration.ofDays(90);

    private final CommandGateway commands;
    private final Parties parties;
    private final Clock clock;

    FatalFireReviews(CommandGateway commands, Parties parties, Clock clock) {
        this.commands = commands;
        this.parties = parties;
        this.clock = clock;
    }

    public void consider(IncidentRecordedV1 incident) {
        Instant deadline = incident.recordedAt().plus(REVIEW_TIME);
        if (incident.historical() || incident.deaths() == 0 || !"FIRE".equals(incident.kind())
                || parties.find(PartyKind.TOWN, incident.town()).isEmpty() || !deadline.isAfter(clock.instant())) {
            return;
        }
        String taskId = UUID.nameUUIDFromBytes(("回头看|" + incident.incidentId()).getBytes(StandardCharsets.UTF_8))
                .toString();
        try {
            commands.sendAndWait(new AssignTask(taskId, PartyKind.TOWN, incident.town(), PLAN_SECTION,
                    "亡人火灾事故“回头看”：" + incident.occurredOn() + " 火灾（" + incident.incidentId() + "）",
                    deadline, clock.instant()));
        } catch (RuntimeException failure) {
            if (!DuplicateAggregate.causedBy(failure)) {
                throw failure;
            }
        }
    }
}
