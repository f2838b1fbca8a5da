package org.firegov.accountability.credit;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands of credit supervision (信用监管). */
public final class DishonestyCommands {

    /** Put a unit on the dishonesty list (消防失信) for a period. */
    public record RecordDishonesty(@TargetAggregateIdentifier String recordId, String unitId, String unitName,
                                   String town, String department, DishonestyBasis basis, String reason,
                                   LocalDate effectiveFrom, LocalDate expiresOn) {
    }

    /** 信用修复 — the unit put things right and proved it; the record ends early. */
    public record RepairCredit(@TargetAggregateIdentifier String recordId, String evidence) {
    }

    /** Sent by the expiry check once the record's period is over. */
    public record ExpireDishonesty(@TargetAggregateIdentifier String recordId, LocalDate today) {
    }

    private DishonestyCommands() {
    }
}
