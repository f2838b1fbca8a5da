package org.firegov.accountability.responsibility;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.accountability.party.PartyKind;
import org.firegov.accountability.responsibility.TaskCommands.AssignTask;
import org.firegov.accountability.responsibility.TaskCommands.CompleteTask;
import org.firegov.accountability.responsibility.TaskCommands.MarkTaskOverdue;
import org.firegov.accountability.responsibility.TaskEvents.TaskAssigned;
import org.firegov.accountability.responsibility.TaskEvents.TaskCompleted;
import org.firegov.accountability.responsibility.TaskEvents.TaskOverdue;
import org.firegov.kit.domain.BusinessRuleViolation;

/** One task of a party's responsibility list (责任清单), from the plan's main tasks, with a deadline. */
@Aggregate
public class ResponsibilityTask {

    @AggregateIdentifier
    private String taskId;
    private PartyKind partyKind;
    private String partyCode;
    private String planSection;
    private Instant deadline;
    private boolean completed;
    private boolean overdue;

    protected ResponsibilityTask() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(AssignTask command) {
        if (!command.deadline().isAfter(command.now())) {
            throw new BusinessRuleViolation("deadline-in-past", "a task's deadline must be in the future");
        }
        apply(new TaskAssigned(command.taskId(), command.partyKind(), command.partyCode(), command.planSection(),
                command.title(), command.deadline()));
    }

    @CommandHandler
    void handle(CompleteTask command) {
        if (completed) {
            throw new BusinessRuleViolation.Conflict("task-already-completed", "task " + taskId + " is already completed");
        }
        apply(new TaskCompleted(taskId, partyKind, partyCode, planSection, command.evidence(), !command.now().isAfter(deadline)));
    }

    @CommandHandler
    void handle(MarkTaskOverdue command) {
        if (completed || overdue) {
            throw new BusinessRuleViolation.Conflict("task-not-overdue", "task " + taskId + " is completed or already overdue");
        }
        if (!command.now().isAfter(deadline)) {
            throw new BusinessRuleViolation.Conflict("task-not-overdue", "task " + taskId + " is not past its deadline");
        }
        apply(new TaskOverdue(taskId, partyKind, partyCode, planSection, deadline));
    }

    @EventSourcingHandler
    void on(TaskAssigned event) {
        taskId = event.taskId();
        partyKind = event.partyKind();
        partyCode = event.partyCode();
        planSection = event.planSection();
        deadline = event.deadline();
    }

    @EventSourcingHandler
    void on(TaskCompleted event) {
        completed = true;
    }

    @EventSourcingHandler
    void on(TaskOverdue event) {
        overdue = true;
    }
}
