package org.firegov.inspection.selfinspection;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A unit that missed the self-inspection of a half year, as the check found it on {@code checkedOn}. */
@Document(MissedHalfYearView.COLLECTION)
public record MissedHalfYearView(@Id String recordId, @Indexed String unitId, @Indexed String town,
                                 @Indexed String department, @Indexed String half, LocalDate checkedOn,
                                 Instant recordedAt) {

    public static final String COLLECTION = "self_inspection_missed";
}
