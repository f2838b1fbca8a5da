package org.firegov.accountability.supervision;

import java.time.Instant;
import java.time.LocalDate;

import org.firegov.accountability.party.PartyKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A warning interview as the portals list it; {@code town} / {@code department} repeat the party code by kind for
 * the kit's scope filter.
 */
@Document(InterviewView.COLLECTION)
public record InterviewView(@Id String interviewId, PartyKind partyKind, String partyCode, String town,
                            String department, String reason, LocalDate heldOn, LocalDate followUpBy, Status status,
                            boolean overdue, String outcome, Instant followedUpAt, String recordedBy) {

    public static final String COLLECTION = "warning_interviews";

    public enum Status { AWAITING_FOLLOW_UP, FOLLOWED_UP }
}
