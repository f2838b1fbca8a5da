package org.firegov.inspection.unit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.inspection.unit.UnitCommands.AmendUnit;
import org.firegov.inspection.unit.UnitCommands.CloseUnit;
import org.firegov.inspection.unit.UnitCommands.RegisterUnit;
import org.firegov.inspection.unit.UnitEvents.UnitAmended;
import org.firegov.inspection.unit.UnitEvents.UnitClosed;
import org.firegov.inspection.unit.UnitEvents.UnitRegistered;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.validation.UnifiedSocialCreditCode;

/** A social unit (社会单位) under fire supervision, identified by its unified social credit code. */
@Aggregate
public class Unit {

    @AggregateIdentifier
    private String unitId;
    private String town;
    private String department;
    private boolean closed;

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
        requireCategory(command.categories());
        apply(new UnitRegistered(command.unitId(), command.name(), command.address(), command.town(),
                command.department(), command.categories(), command.riskGrade(), command.demo()));
    }

    @CommandHandler
    void handle(AmendUnit command) {
        requireOpen();
        requireCategory(command.categories());
        apply(new UnitAmended(unitId, command.name(), command.address(), command.town(), command.department(),
                command.categories(), command.riskGrade()));
    }

    @CommandHandler
    void handle(CloseUnit command) {
        if (closed) {
            throw new BusinessRuleViolation.Conflict("unit-already-closed", "unit " + unitId + " is already closed");
        }
        apply(new UnitClosed(unitId, town, department, command.reason()));
    }

    private void requireOpen() {
        if (closed) {
            throw new BusinessRuleViolation("unit-closed", "unit " + unitId + " is closed (注销)");
        }
    }

    private static void requireCategory(Set<UnitCategory> categories) {
        if (categories == null || categories.isEmpty()) {
            throw new BusinessRuleViolation("no-category", "a unit needs at least one category");
        }
    }

    @EventSourcingHandler
    void on(UnitRegistered event) {
        unitId = event.unitId();
        town = event.town();
        department = event.department();
    }

    @EventSourcingHandler
    void on(UnitAmended event) {
        town = event.town();
        department = event.department();
    }

    @EventSourcingHandler
    void on(UnitClosed event) {
        closed = true;
    }

    /** Where the unit sits: hazards against it are attributed to this town and department. */
    public UnitScope scope() {
        return new UnitScope(unitId, town, department);
    }

    /** The scope a new hazard is attributed to; a closed unit gets no new hazards (422). */
    public UnitScope scopeForNewHazard() {
        requireOpen();
        return scope();
    }

    /** A unit's town (乡镇街道) and supervising department (行业主管部门). */
    public record UnitScope(String unitId, String town, String department) {
    }
}
