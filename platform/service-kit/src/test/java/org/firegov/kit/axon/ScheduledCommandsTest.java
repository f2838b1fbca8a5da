package org.firegov.kit.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

/**
 * A scheduled check sends one command per due item through a real Axon command bus: refusals (already handled
 * elsewhere) and failures do not stop the run, only accepted commands are counted, and each command names the check.
 */
class ScheduledCommandsTest {

    record MarkOverdue(String id) {
    }

    private final List<CommandMessage<?>> accepted = new ArrayList<>();

    private ScheduledCommands checkRefusing(Set<String> refused, Set<String> failing) {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(MarkOverdue.class.getName(), message -> {
            String id = ((MarkOverdue) message.getPayload()).id();
            if (refused.contains(id)) {
                throw new BusinessRuleViolation("already-overdue", "already marked");
            }
            if (failing.contains(id)) {
                throw new IllegalStateException("database unavailable");
            }
            accepted.add(message);
            return null;
        });
        return new ScheduledCommands(DefaultCommandGateway.builder().commandBus(bus).build(), "overdue-check");
    }

    @Test
    void counts_the_accepted_commands_and_goes_on_past_refusals_and_failures() {
        ScheduledCommands check = checkRefusing(Set.of("b"), Set.of("c"));

        int marked = check.sendEach(List.of("a", "b", "c", "d"), MarkOverdue::new);

        assertThat(marked).isEqualTo(2);
        assertThat(accepted).extracting(message -> ((MarkOverdue) message.getPayload()).id()).containsExactly("a", "d");
    }

    @Test
    void sends_each_command_in_the_checks_name() {
        ScheduledCommands check = checkRefusing(Set.of(), Set.of());

        assertThat(check.send(new MarkOverdue("a"))).isTrue();

        assertThat(accepted.get(0).getMetaData()).containsEntry(AuditMetadata.ACTOR, "overdue-check");
    }

    @Test
    void a_refused_or_failed_command_is_reported_as_not_accepted() {
        ScheduledCommands check = checkRefusing(Set.of("b"), Set.of("c"));

        assertThat(check.send(new MarkOverdue("b"))).isFalse();
        assertThat(check.send(new MarkOverdue("c"))).isFalse();
        assertThat(check.sendEach(List.of(), MarkOverdue::new)).isZero();
    }
}
