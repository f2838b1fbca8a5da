package org.firegov.inspection.hazard;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Read model of a hazard for listings and portals. {@code status} (OPEN/CLOSED) stays for existing clients;
 * {@code stage} is the lifecycle step; {@code overdue} holds for the current deadline only; {@code evidence} lists
 * the files of every rectification submitted, oldest first.
 */
@Document(HazardView.COLLECTION)
public record HazardView(@Id String hazardId, @Indexed String unitId, @Indexed String town,
                         @Indexed String department, String description, HazardSource source, boolean major,
                         Status status, Instant reportedAt, String reportedBy, Instant closedAt,
                         HazardStage stage, Instant deadline, boolean overdue, String rectification,
                         String rejectionReason, boolean listed, Instant listedAt, Instant delistedAt,
                         List<Evidence> evidence) {

    public static final String COLLECTION = "hazards";

    public enum Status { OPEN, CLOSED }
}
