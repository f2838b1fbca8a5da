package org.firegov.inspection.selfinspection;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.inspection.selfinspection.SelfInspectionCommands.RecordMissedHalfYear;
import org.firegov.inspection.selfinspection.SelfInspectionEvents.HalfYearSelfInspectionMissed;
import org.firegov.kit.domain.BusinessRuleViolation;

/**
 * A unit that made no self-inspection in a half year that is over (未按期自查). Its id follows from unit and half
 * year, so it is recorded — and published — once, however often or on however many instances the check runs.
 */
@Aggregate
public class MissedHalfYear {

    @AggregateIdentifier
    private String recordId;

    protected MissedHalfYear() {
        // for Axon
    }

    static String idOf(String unitId, String half) {
        return UUID.nameUUIDFromBytes(("missed-self-inspection|" + unitId + "|" + half)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    @CommandHandler
    MissedHalfYear(RecordMissedHalfYear command) {
        HalfYear half = HalfYear.parse(command.half());
        if (!half.isOverOn(command.checkedOn())) {
            throw new BusinessRuleViolation("half-year-not-over", "half year " + half + " is not over on "
                    + command.checkedOn());
        }
        apply(new HalfYearSelfInspectionMissed(command.recordId(), command.unitId(), command.town(),
                command.department(), half.toString(), command.checkedOn()));
    }

    @EventSourcingHandler
    void on(HalfYearSelfInspectionMissed event) {
        recordId = event.recordId();
    }
}
