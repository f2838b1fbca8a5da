package org.firegov.inspection.inspector;

import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.inspection.inspector.InspectorCommands.RegisterInspector;
import org.firegov.kit.axon.EventStoreContents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Eight demo inspectors (marked {@code demo}), registered through the real command path when the event store holds
 * no inspector yet, so a plan drawn in the local stack without naming inspectors draws from the pool (at least two
 * per inspection, 双随机). Not real people.
 */
@Component
@ConditionalOnProperty(name = "firegov.seed.enabled", havingValue = "true", matchIfMissing = true)
class InspectorSeed implements ApplicationRunner {

    static final List<String> DEMO_NAMES = List.of("张伟（演示）", "李娜（演示）", "王强（演示）", "刘洋（演示）",
            "陈静（演示）", "杨帆（演示）", "赵磊（演示）", "周敏（演示）");

    private static final Logger log = LoggerFactory.getLogger(InspectorSeed.class);

    private final CommandGateway commands;
    private final EventStoreContents store;

    InspectorSeed(CommandGateway commands, EventStoreContents store) {
        this.commands = commands;
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (store.holdsAny("PoolInspector")) {
            return;
        }
        for (int i = 0; i < DEMO_NAMES.size(); i++) {
            commands.sendAndWait(new RegisterInspector("demo-inspector-%02d".formatted(i + 1), DEMO_NAMES.get(i), true));
        }
        log.info("Seeded {} demo inspectors into the pool", DEMO_NAMES.size());
    }
}
