package org.firegov.accountability.scoring;

import java.time.Instant;

import org.firegov.accountability.party.PartyKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The committee's current manual score of one indicator, with who gave it, when and why. */
@Document(ManualScoreView.COLLECTION)
public record ManualScoreView(@Id String scoreId, int year, PartyKind partyKind, String partyCode,
                              String indicatorCode, double points, String reason, String author, Instant at) {

    public static final String COLLECTION = "manual_scores";
}
