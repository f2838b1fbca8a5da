package org.firegov.accountability.credit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.accountability.credit.DishonestyCommands.ExpireDishonesty;
import org.firegov.accountability.credit.DishonestyCommands.RecordDishonesty;
import org.firegov.accountability.credit.DishonestyCommands.RepairCredit;
import org.firegov.accountability.credit.DishonestyEvents.CreditRepaired;
import org.firegov.accountability.credit.DishonestyEvents.DishonestyExpired;
import org.firegov.accountability.credit.DishonestyEvents.DishonestyRecorded;
import org.firegov.kit.domain.BusinessRuleViolation;

/** A unit's fire-safety dishonesty record (消防失信记录): active from its start until repaired or expired. */
@Aggregate
public class DishonestyRecord {

    /** The longest a record may run here; change it if the county's credit rules set another period. */
    static final int MAX_YEARS = 3;

    @AggregateIdentifier
    private String recordId;
    private String unitId;
    private LocalDate expiresOn;
    private boolean ended;

    protected DishonestyRecord() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(RecordDishonesty command) {
        if (!command.expiresOn().isAfter(command.effectiveFrom())) {
            throw new BusinessRuleViolation("expiry-before-start", "a record must expire after it takes effect");
        }
        if (command.expiresOn().isAfter(command.effectiveFrom().plusYears(MAX_YEARS))) {
            throw new BusinessRuleViolation("period-too-long", "a record runs for at most " + MAX_YEARS + " years");
        }
        apply(new DishonestyRecorded(command.recordId(), command.unitId(), command.unitName(), command.town(),
                command.department(), command.basis(), command.reason(), command.effectiveFrom(), command.expiresOn()));
    }

    @CommandHandler
    void handle(RepairCredit command) {
        requireActive();
        apply(new CreditRepaired(recordId, unitId, command.evidence()));
    }

    @CommandHandler
    void handle(ExpireDishonesty command) {
        requireActive();
        if (command.today().isBefore(expiresOn)) {
            throw new BusinessRuleViolation.Conflict("not-expired", "record " + recordId + " runs until " + expiresOn);
        }
        apply(new DishonestyExpired(recordId, unitId));
    }

    private void requireActive() {
        if (ended) {
            throw new BusinessRuleViolation.Conflict("record-ended", "record " + recordId + " was already repaired or expired");
        }
    }

    @EventSourcingHandler
    void on(DishonestyRecorded event) {
        recordId = event.recordId();
        unitId = event.unitId();
        expiresOn = event.expiresOn();
    }

    @EventSourcingHandler
    void on(CreditRepaired event) {
        ended = true;
    }

    @EventSourcingHandler
    void on(DishonestyExpired event) {
        ended = true;
    }
}
