package org.firegov.inspection.unit;

import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands of the unit registry (社会单位). */
public final class UnitCommands {

    /** Enter a unit in the registry; its unified social credit code is its identity. */
    public record RegisterUnit(@TargetAggregateIdentifier String unitId, String name, String address, String town,
                               String department, Set<UnitCategory> categories, RiskGrade riskGrade) {
    }

    private UnitCommands() {
    }
}
