package org.firegov.accountability.credit;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A dishonesty record as the committee, the unit's department and town, and (when active) the public see it. */
@Document(DishonestyView.COLLECTION)
public record DishonestyView(@Id String recordId, String unitId, String unitName, String town, String department,
                             DishonestyBasis basis, String reason, LocalDate effectiveFrom, LocalDate expiresOn,
                             Status status, Instant endedAt, String recordedBy, String repairEvidence) {

    public static final String COLLECTION = "dishonesty_records";

    public enum Status { ACTIVE, REPAIRED, EXPIRED }

    /** What the public dishonesty list shows (失信名单公示). */
    public record PublicEntry(String unitName, String unitId, DishonestyBasis basis, String reason,
                              LocalDate effectiveFrom, LocalDate expiresOn) {
    }

    PublicEntry publicEntry() {
        return new PublicEntry(unitName, unitId, basis, reason, effectiveFrom, expiresOn);
    }
}
