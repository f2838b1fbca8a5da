package org.firegov.inspection.unit;

import java.util.Set;

import org.axonframework.serialization.Revision;

/** Domain events of the unit registry, private to inspection-service. */
public final class UnitEvents {

    /** {@code demo}: seeded demo data (absent, so false, in events stored before it existed). */
    @Revision("1")
    public record UnitRegistered(String unitId, String name, String address, String town, String department,
                                 Set<UnitCategory> categories, RiskGrade riskGrade, boolean demo) {
    }

    /** The whole new state of the unit's particulars. */
    @Revision("1")
    public record UnitAmended(String unitId, String name, String address, String town, String department,
                              Set<UnitCategory> categories, RiskGrade riskGrade) {
    }

    /** 注销 */
    @Revision("1")
    public record UnitClosed(String unitId, String town, String department, String reason) {
    }

    private UnitEvents() {
    }
}
