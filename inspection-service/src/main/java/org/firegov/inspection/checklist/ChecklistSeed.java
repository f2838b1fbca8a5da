package org.firegov.inspection.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.inspection.checklist.ChecklistCommands.PublishChecklistTemplate;
import org.firegov.inspection.unit.UnitCategory;
import org.firegov.kit.axon.EventStoreContents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Version 1 of a checklist for every unit category, from {@code seed/checklists.json}: the items every unit is
 * checked on (responsibility, exits, fire-engine access, equipment, electrics, e-bikes, patrols, training) plus the
 * plan's problems of its kind (high-rise water supply and insulation, dangerous-goods storage, "three-in-one"
 * separation, colour-steel warehouses …). Published through the real command path when the event store holds no
 * template yet, so a restart never publishes them twice.
 */
@Component
@ConditionalOnProperty(name = "firegov.seed.enabled", havingValue = "true", matchIfMissing = true)
class ChecklistSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ChecklistSeed.class);

    private final CommandGateway commands;
    private final EventStoreContents store;
    private final ObjectMapper json;

    ChecklistSeed(CommandGateway commands, EventStoreContents store, ObjectMapper json) {
        this.commands = commands;
        this.store = store;
        this.json = json;
    }

    record SeedTemplate(UnitCategory category, String title, List<ChecklistItem> items) {
    }

    static List<SeedTemplate> templates(ObjectMapper json) throws IOException {
        try (InputStream in = new ClassPathResource("seed/checklists.json").getInputStream()) {
            return json.readValue(in, new TypeReference<>() { });
        }
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (store.holdsAny("ChecklistTemplate")) {
            return;
        }
        List<SeedTemplate> templates = templates(json);
        for (SeedTemplate template : templates) {
            commands.sendAndWait(new PublishChecklistTemplate(ChecklistTemplate.idOf(template.category(), 1),
                    template.category(), 1, template.title(), template.items()));
        }
        log.info("Seeded {} checklist templates (version 1 of every unit category)", templates.size());
    }
}
