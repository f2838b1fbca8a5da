package org.firegov.accountability.credit;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** Domain events of credit supervision, private to accountability-service. */
public final class DishonestyEvents {

    @Revision("1")
    public record DishonestyRecorded(String recordId, String unitId, String unitName, String town, String department,
                                     DishonestyBasis basis, String reason, LocalDate effectiveFrom,
                                     LocalDate expiresOn) {
    }

    @Revision("1")
    public record CreditRepaired(String recordId, String unitId, String evidence) {
    }

    @Revision("1")
    public record DishonestyExpired(String recordId, String unitId) {
    }

    private DishonestyEvents() {
    }
}
