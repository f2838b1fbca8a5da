package org.firegov.accountability.supervision;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.firegov.accountability.party.PartyKind;

/** Domain events of warning interviews (警示约谈), private to accountability-service. */
public final class InterviewEvents {

    @Revision("1")
    public record InterviewHeld(String interviewId, PartyKind partyKind, String partyCode, String reason,
                                LocalDate heldOn, LocalDate followUpBy) {
    }

    @Revision("1")
    public record FollowUpRecorded(String interviewId, String outcome, boolean late) {
    }

    @Revision("1")
    public record FollowUpOverdue(String interviewId, LocalDate followUpBy) {
    }

    private InterviewEvents() {
    }
}
