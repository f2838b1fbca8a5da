package org.firegov.accountability.responsibility;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.firegov.accountability.party.PartyKind;

/** Commands of the responsibility list (责任清单). */
public final class TaskCommands {

    /**
     * @param planSection where the plan asks for it, e.g. {@code 三(二)4}
     */
    public record AssignTask(@TargetAggregateIdentifier String taskId, PartyKind partyKind, String partyCode,
                             String planSection, String title, Instant deadline, Instant now) {
    }

    /** The party reports the task done, with what proves it. */
    public record CompleteTask(@TargetAggregateIdentifier String taskId, String evidence, Instant now) {
    }

    /** Sent by the overdue check; accepted once per deadline. */
    public record MarkTaskOverdue(@TargetAggregateIdentifier String taskId, Instant now) {
    }

    private TaskCommands() {
    }
}
