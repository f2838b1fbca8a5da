package org.firegov.accountability.supervision;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A listed-supervision decision (挂牌督办决定) as the portals list it. */
@Document(ListingDecisionView.COLLECTION)
public record ListingDecisionView(@Id String decisionId, String hazardId, String unitId, String town,
                                  String department, String document, LocalDate rectifyBy, Instant decidedAt,
                                  String decidedBy) {

    public static final String COLLECTION = "listing_decisions";
}
