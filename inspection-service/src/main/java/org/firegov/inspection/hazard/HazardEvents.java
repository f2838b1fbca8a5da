package org.firegov.inspection.hazard;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * Domain events of the hazard lifecycle, private to inspection-service. Each carries the unit, town and department
 * of the hazard (as at its report), so scoping never needs a join. Who did it is in the event's metadata.
 */
public final class HazardEvents {

    @Revision("1")
    public record HazardReported(String hazardId, String unitId, String town, String department,
                                 String description, HazardSource source, boolean major) {
    }

    /** 责令限期整改 */
    @Revision("1")
    public record RectificationOrdered(String hazardId, String unitId, String town, String department,
                                       String requirement, Instant deadline) {
    }

    /**
     * @param onTime   submitted by the deadline in force
     * @param evidence the attached files (revision 2; revision-1 events read it as null: none)
     */
    @Revision("2")
    public record RectificationSubmitted(String hazardId, String unitId, String town, String department,
                                         String description, boolean onTime, List<Evidence> evidence) {

        public RectificationSubmitted(String hazardId, String unitId, String town, String department,
                                      String description, boolean onTime) {
            this(hazardId, unitId, town, department, description, onTime, List.of());
        }
    }

    /** Verification failed: back to "rectification ordered" with a new deadline. */
    @Revision("1")
    public record RectificationRejected(String hazardId, String unitId, String town, String department,
                                        String reason, Instant newDeadline) {
    }

    /** Verification passed; always followed by {@link HazardClosed}. */
    @Revision("1")
    public record RectificationAccepted(String hazardId, String unitId, String town, String department,
                                        Instant deadline, boolean onTime) {
    }

    @Revision("1")
    public record HazardClosed(String hazardId, String unitId, String town, String department, String note) {
    }

    /** 逾期未整改 — the deadline passed while the rectification was still outstanding. */
    @Revision("1")
    public record HazardOverdue(String hazardId, String unitId, String town, String department, Instant deadline) {
    }

    /** 挂牌督办 */
    @Revision("1")
    public record MajorHazardListed(String hazardId, String unitId, String town, String department,
                                    String document, String reason) {
    }

    /** 销案 */
    @Revision("1")
    public record MajorHazardDelisted(String hazardId, String unitId, String town, String department,
                                      String document) {
    }

    private HazardEvents() {
    }
}
