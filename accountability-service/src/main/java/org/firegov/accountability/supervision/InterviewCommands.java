package org.firegov.accountability.supervision;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.firegov.accountability.party.PartyKind;

/** Commands of warning interviews (警示约谈). */
public final class InterviewCommands {

    /** The committee held a warning interview with a party's leaders; the party must report back by {@code followUpBy}. */
    public record HoldInterview(@TargetAggregateIdentifier String interviewId, PartyKind partyKind, String partyCode,
                                String reason, LocalDate heldOn, LocalDate followUpBy, LocalDate today) {
    }

    /** The committee records the follow-up (整改落实情况) the party reported. */
    public record RecordFollowUp(@TargetAggregateIdentifier String interviewId, String outcome) {
    }

    /** Sent by the follow-up check once the follow-up date has passed; accepted once. */
    public record MarkFollowUpOverdue(@TargetAggregateIdentifier String interviewId, LocalDate today) {
    }

    private InterviewCommands() {
    }
}
