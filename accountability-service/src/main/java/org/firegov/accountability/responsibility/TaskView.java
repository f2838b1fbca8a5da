package org.firegov.accountability.responsibility;

import java.time.Instant;

import org.firegov.accountability.party.PartyKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A responsibility task as the portals list it. {@code town} / {@code department} repeat the party code by kind,
 * so the kit's scope filter applies.
 */
@Document(TaskView.COLLECTION)
public record TaskView(@Id String taskId, PartyKind partyKind, String partyCode, String town, String department,
                       String planSection, String title, Instant deadline, Status status, boolean overdue,
                       Instant completedAt, Boolean onTime, String evidence, String assignedBy, String completedBy) {

    public static final String COLLECTION = "responsibility_tasks";

    public enum Status { OPEN, COMPLETED }
}
