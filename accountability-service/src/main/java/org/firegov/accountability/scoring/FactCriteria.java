package org.firegov.accountability.scoring;

import org.firegov.accountability.party.PartyKind;
import org.firegov.accountability.party.ResponsibleParty;
import org.springframework.data.mongodb.core.query.Criteria;

/** How facts name the party they count for. */
public final class FactCriteria {

    /** Facts carry the party in {@code town} or {@code department}, like the events they come from. */
    public static Criteria ofParty(ResponsibleParty party) {
        return Criteria.where(party.kind() == PartyKind.TOWN ? "town" : "department").is(party.code());
    }

    private FactCriteria() {
    }
}
