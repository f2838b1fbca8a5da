package org.firegov.inspection.unit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.inspection.unit.UnitCommands.RegisterUnit;
import org.firegov.inspection.unit.UnitEvents.UnitRegistered;
import org.firegov.kit.domain.BusinessRuleViolation;

/** A social unit (社会单位) under fire supervision, identified by its unified social credit code. */
@Aggregate
public class Unit {

    @AggregateIdentifier
    private String unitId;
    private String town;
    private String department;

    protected Unit() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(RegisterUnit command) {
        if (!UnifiedSocialCreditCode.isValid(command.unitId())) {
            throw new BusinessRuleViolation("invalid-credit-code",
                    command.unitId() + " is not a valid unified social credit code (check character mismatch)");
        }
        if (command.categories() == null || command.categories().isEmpty()) {
            throw new BusinessRuleViolation("no-category", "a unit needs at least one category");
        }
        apply(new UnitRegistered(command.unitId(), command.name(), command.address(), command.town(),
                command.department(), command.categories(), command.riskGrade()));
    }

    @EventSourcingHandler
    void on(UnitRegistered event) {
        unitId = event.unitId();
        town = event.town();
        department = event.department();
    }

    /** Where the unit sits: hazards against it are attributed to this town and department. */
    public UnitScope scope() {
        return new UnitScope(unitId, town, department);
    }

    /** A unit's town (乡镇街道) and supervising department (行业主管部门). */
    public record UnitScope(String unitId, String town, String department) {
    }
}
