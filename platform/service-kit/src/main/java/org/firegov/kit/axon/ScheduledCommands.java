package org.firegov.kit.axon;

import java.util.Map;
import java.util.function.Function;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sending loop of a scheduled check (overdue hazards, overdue tasks, expired records, …): one command per item
 * found due in a read model, sent in the check's name ({@link AuditMetadata#ACTOR}). The aggregates accept each mark
 * once, so checks may run repeatedly and on several instances: an item the aggregate refuses — a
 * {@link BusinessRuleViolation}, or an aggregate that already exists — was handled by another run or has moved on and
 * is skipped; any other failure is logged and the item is tried again on the next run.
 */
public final class ScheduledCommands {

    private static final Logger log = LoggerFactory.getLogger(ScheduledCommands.class);

    private final CommandGateway commands;
    private final String actor;

    /** @param actor who the audit metadata names as the sender, e.g. {@code overdue-check} */
    public ScheduledCommands(CommandGateway commands, String actor) {
        this.commands = commands;
        this.actor = actor;
    }

    /** @return how many of the commands were accepted */
    public <T> int sendEach(Iterable<T> due, Function<T, ?> command) {
        int accepted = 0;
        for (T item : due) {
            if (send(command.apply(item))) {
                accepted++;
            }
        }
        return accepted;
    }

    /** @return whether the command was accepted (false: refused as already handled, or failed for now) */
    public boolean send(Object command) {
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(Map.of(AuditMetadata.ACTOR, actor)));
            return true;
        } catch (BusinessRuleViolation alreadyHandled) {
            log.debug("{}: {} refused: {}", actor, command, alreadyHandled.getMessage());
        } catch (RuntimeException failure) {
            if (DuplicateAggregate.causedBy(failure)) {
                log.debug("{}: {} already recorded", actor, command);
            } else {
                log.warn("{}: {} failed; it is tried again on the next run", actor, command, failure);
            }
        }
        return false;
    }
}
