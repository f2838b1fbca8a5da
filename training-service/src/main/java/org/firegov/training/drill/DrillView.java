package org.firegov.training.drill;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A drill as the unit, its town and department, the brigade and the committee list it. */
@Document(DrillView.COLLECTION)
public record DrillView(@Id String drillId, String unitId, String unitName, String town, String department,
                        LocalDate heldOn, int year, int participants, int evacuationSeconds, String note,
                        String recordedBy) {

    public static final String COLLECTION = "drills";
}
