package org.firegov.infrastructure.seed;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.infrastructure.hydrant.HydrantCommands.RegisterHydrant;
import org.firegov.kit.axon.AuditMetadata;
import org.firegov.kit.axon.DuplicateAggregate;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads what the plan states (key projects and their parties) and the demo hydrant set through the ordinary
 * command path, on every start and idempotently: an object that already exists is left as it is (its creation is
 * rejected as a duplicate), and follow-up commands (a demo hydrant's status, a project's party) are only sent where
 * they change something. So a restart adds nothing, and a newer seed completes an older installation. Switched off
 * with {@code firegov.seed.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "firegov.seed.enabled", havingValue = "true", matchIfMissing = true)
class InfrastructureSeed implements ApplicationRunner {

    static final String SEED_ACTOR = "firegov-seed";
    private static final Logger log = LoggerFactory.getLogger(InfrastructureSeed.class);

    private final CommandGateway commands;

    InfrastructureSeed(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = (int) SeedKeyProjects.all().stream().filter(this::create).count();
        int assigned = (int) SeedKeyProjects.parties().stream().filter(this::changeUnlessUnchanged).count();
        created += (int) SeedDemoHydrants.roads().stream().filter(this::create).count();
        Set<String> newHydrants = SeedDemoHydrants.hydrants().stream().filter(this::create)
                .map(RegisterHydrant::hydrantId).collect(Collectors.toSet());
        created += newHydrants.size();
        SeedDemoHydrants.statusChanges().stream().filter(change -> newHydrants.contains(change.hydrantId()))
                .forEach(this::send);
        log.info("Infrastructure seed: {} objects created, {} responsible parties assigned", created, assigned);
    }

    /** @return false when the object already exists */
    private boolean create(Object command) {
        try {
            send(command);
            return true;
        } catch (RuntimeException e) {
            if (DuplicateAggregate.causedBy(e)) {
                return false;
            }
            throw e;
        }
    }

    /** @return false when the command would change nothing (rejected as unchanged) */
    private boolean changeUnlessUnchanged(Object command) {
        try {
            send(command);
            return true;
        } catch (BusinessRuleViolation.Conflict unchanged) {
            return false;
        }
    }

    private void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(AuditMetadata.ACTOR, SEED_ACTOR)));
    }
}
