package org.firegov.inspection.hazard;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Commands of the hazard (火灾隐患) lifecycle. {@code now} is the time the request was made (the aggregate has no
 * clock); {@code by} is who asks, so the aggregate can hide hazards outside the requester's scope (404).
 */
public final class HazardCommands {

    /** Report a hazard found at a unit; handled by {@link HazardReporting}, which knows the unit's scope. */
    public record ReportHazard(String hazardId, String unitId, String description, HazardSource source,
                               boolean major) {
    }

    /** 责令限期整改 — order the unit to rectify by a deadline (brigade; the town for grid-patrol hazards). */
    public record OrderRectification(@TargetAggregateIdentifier String hazardId, Requester by, String requirement,
                                     Instant deadline, Instant now) {
    }

    /** The unit reports what it did to rectify the hazard (its own hazards only), with evidence files. */
    public record SubmitRectification(@TargetAggregateIdentifier String hazardId, Requester by, String description,
                                      List<Evidence> evidence, Instant now) {

        public SubmitRectification(String hazardId, Requester by, String description, Instant now) {
            this(hazardId, by, description, List.of(), now);
        }
    }

    /** 复查合格 — the rectification passed verification: the hazard is closed (整改验收). */
    public record PassVerification(@TargetAggregateIdentifier String hazardId, Requester by, String note) {
    }

    /** 复查不合格 — the rectification is rejected: ordered again with a reason and a new deadline. */
    public record RejectRectification(@TargetAggregateIdentifier String hazardId, Requester by, String reason,
                                      Instant newDeadline, Instant now) {
    }

    /** Sent by the overdue check: the deadline passed unrectified. Accepted once per deadline. */
    public record MarkHazardOverdue(@TargetAggregateIdentifier String hazardId, Instant deadline, Instant now) {
    }

    /** 挂牌督办 — the committee puts a major hazard under listed supervision, citing its deciding document. */
    public record ListMajorHazard(@TargetAggregateIdentifier String hazardId, String document, String reason) {
    }

    /** 销案 — the committee ends listed supervision of a verified, closed hazard. */
    public record DelistMajorHazard(@TargetAggregateIdentifier String hazardId, String document) {
    }

    private HazardCommands() {
    }
}
