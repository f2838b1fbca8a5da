package org.firegov.infrastructure.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.kit.axon.EventStoreContents;
import org.firegov.kit.axon.AuditMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the plan's key projects and the demo hydrant set through the ordinary command path, only when the event
 * store is empty (a fresh installation); switched off with {@code firegov.seed.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "firegov.seed.enabled", havingValue = "true", matchIfMissing = true)
class InfrastructureSeed implements ApplicationRunner {

    static final String SEED_ACTOR = "firegov-seed";
    private static final Logger log = LoggerFactory.getLogger(InfrastructureSeed.class);

    private final CommandGateway commands;
    private final EventStoreContents store;

    InfrastructureSeed(CommandGateway commands, EventStoreContents store) {
        this.commands = commands;
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!store.isEmpty()) {
            log.info("Event store not empty: infrastructure seed skipped");
            return;
        }
        List<Object> seed = new ArrayList<>(SeedKeyProjects.all());
        seed.addAll(SeedDemoHydrants.roads());
        seed.addAll(SeedDemoHydrants.hydrants());
        seed.addAll(SeedDemoHydrants.statusChanges());
        seed.forEach(command -> commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(AuditMetadata.ACTOR, SEED_ACTOR))));
        log.info("Infrastructure seed loaded: {} commands (key projects of Table 3, demo hydrants)", seed.size());
    }
}
