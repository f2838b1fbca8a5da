package org.firegov.training.complex;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A complex and its manager's qualification; {@code flagged} when over 50,000 m² without the plan's qualification. */
@Document(ComplexManagerView.COLLECTION)
public record ComplexManagerView(@Id String unitId, String unitName, @Indexed String town, int floorAreaSquareMetres,
                                 String managerName, Qualification qualification, @Indexed boolean flagged,
                                 Instant declaredAt) {

    public static final String COLLECTION = "complex_managers";
}
