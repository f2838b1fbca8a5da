package org.firegov.infrastructure.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.kit.axon.AuditMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate jdbc;

    InfrastructureSeed(CommandGateway commands, JdbcTemplate jdbc) {
        this.commands = commands;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        Boolean used = jdbc.queryForObject("select exists(select 1 from domainevententry)", Boolean.class);
        if (Boolean.TRUE.equals(used)) {
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
