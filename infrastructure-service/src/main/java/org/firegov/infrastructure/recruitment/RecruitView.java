package org.firegov.infrastructure.recruitment;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A hired firefighter, as the brigade and the committee list them. */
@Document(RecruitView.COLLECTION)
public record RecruitView(@Id String staffNo, LocalDate hiredOn, int year, String town) {

    public static final String COLLECTION = "recruits";
}
