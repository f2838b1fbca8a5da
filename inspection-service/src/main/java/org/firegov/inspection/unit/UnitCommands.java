package org.firegov.inspection.unit;

import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands of the unit registry (社会单位). */
public final class UnitCommands {

    /** Enter a unit in the registry; its unified social credit code is its identity. {@code demo}: seeded demo data. */
    public record RegisterUnit(@TargetAggregateIdentifier String unitId, String name, String address, String town,
                               String department, Set<UnitCategory> categories, RiskGrade riskGrade, boolean demo) {
    }

    /** Correct or update a unit's particulars; a new town or department applies to hazards reported afterwards. */
    public record AmendUnit(@TargetAggregateIdentifier String unitId, String name, String address, String town,
                            String department, Set<UnitCategory> categories, RiskGrade riskGrade) {
    }

    /** 注销 — take a unit out of service in the registry: it gets no new hazards. */
    public record CloseUnit(@TargetAggregateIdentifier String unitId, String reason) {
    }

    private UnitCommands() {
    }
}
