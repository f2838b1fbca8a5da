package org.firegov.inspection.unit;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Read model of a registered unit, as portals list it. */
@Document(UnitView.COLLECTION)
public record UnitView(@Id String unitId, String name, String address, @Indexed String town,
                       @Indexed String department, Set<UnitCategory> categories, RiskGrade riskGrade,
                       boolean insuranceAndYearlyAssessmentRequired, Instant registeredAt,
                       Status status, Instant amendedAt, Instant closedAt, boolean demo) {

    public static final String COLLECTION = "units";

    /** ACTIVE, or CLOSED (注销). */
    public enum Status { ACTIVE, CLOSED }
}
