package org.firegov.inspection.checklist;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.inspection.checklist.ChecklistCommands.PublishChecklistTemplate;
import org.firegov.inspection.checklist.ChecklistEvents.ChecklistTemplatePublished;
import org.firegov.kit.domain.BusinessRuleViolation;

/**
 * A versioned checklist (检查表) for one unit category. Immutable once published: it has no command that changes
 * it, so every inspection and self-inspection that used it can be read against exactly the items it had.
 */
@Aggregate
public class ChecklistTemplate {

    @AggregateIdentifier
    private String templateId;
    private List<ChecklistItem> items;

    protected ChecklistTemplate() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(PublishChecklistTemplate command) {
        if (command.items() == null || command.items().isEmpty()) {
            throw new BusinessRuleViolation("no-items", "a checklist needs at least one item");
        }
        Set<String> codes = new HashSet<>();
        for (ChecklistItem item : command.items()) {
            if (!codes.add(item.code())) {
                throw new BusinessRuleViolation("duplicate-item-code", "item code " + item.code() + " appears twice");
            }
        }
        apply(new ChecklistTemplatePublished(command.templateId(), command.category(), command.version(),
                command.title(), List.copyOf(command.items())));
    }

    /** The items, for the features that fill the checklist in (inspections, self-inspections). */
    public List<ChecklistItem> items() {
        return items;
    }

    /** The id of a category's template version, e.g. {@code SCHOOL-v2}. */
    public static String idOf(org.firegov.inspection.unit.UnitCategory category, int version) {
        return category.name() + "-v" + version;
    }

    @EventSourcingHandler
    void on(ChecklistTemplatePublished event) {
        templateId = event.templateId();
        items = event.items();
    }
}
