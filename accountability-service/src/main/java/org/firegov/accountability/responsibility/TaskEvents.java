package org.firegov.accountability.responsibility;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.firegov.accountability.party.PartyKind;

/** Domain events of the responsibility list, private to accountability-service. */
public final class TaskEvents {

    @Revision("1")
    public record TaskAssigned(String taskId, PartyKind partyKind, String partyCode, String planSection,
                               String title, Instant deadline) {
    }

    @Revision("1")
    public record TaskCompleted(String taskId, PartyKind partyKind, String partyCode, String planSection,
                                String evidence, boolean onTime) {
    }

    /** The deadline passed without completion (逾期); escalated once per deadline. */
    @Revision("1")
    public record TaskOverdue(String taskId, PartyKind partyKind, String partyCode, String planSection,
                              Instant deadline) {
    }

    private TaskEvents() {
    }
}
