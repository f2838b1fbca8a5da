package org.firegov.inspection.unit;

import java.util.Set;

import org.axonframework.serialization.Revision;

/** Domain events of the unit registry, private to inspection-service. */
public final class UnitEvents {

    @Revision("1")
    public record UnitRegistered(String unitId, String name, String address, String town, String department,
                                 Set<UnitCategory> categories, RiskGrade riskGrade) {
    }

    private UnitEvents() {
    }
}
