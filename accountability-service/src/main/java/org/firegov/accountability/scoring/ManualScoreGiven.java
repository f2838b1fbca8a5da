package org.firegov.accountability.scoring;

import org.axonframework.serialization.Revision;
import org.firegov.accountability.party.PartyKind;

/** The committee gave (or revised) a manual score; the author is in the event's metadata. */
@Revision("1")
public record ManualScoreGiven(String scoreId, int year, PartyKind partyKind, String partyCode, String indicatorCode,
                               double points, String reason) {
}
