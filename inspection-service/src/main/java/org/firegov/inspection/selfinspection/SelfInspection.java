package org.firegov.inspection.selfinspection;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.inspection.checklist.ChecklistItem;
import org.firegov.inspection.onsite.FindingResult;
import org.firegov.inspection.selfinspection.SelfInspectionCommands.Answer;
import org.firegov.inspection.selfinspection.SelfInspectionCommands.SubmitSelfInspection;
import org.firegov.inspection.selfinspection.SelfInspectionEvents.RaisedHazard;
import org.firegov.inspection.selfinspection.SelfInspectionEvents.SelfInspectionSubmitted;
import org.firegov.inspection.unit.Unit.UnitScope;
import org.firegov.kit.domain.BusinessRuleViolation;

/**
 * A unit's self-inspection (自知、自查、自改) for one month: every item of its checklist answered, a commitment made;
 * each failed item raises a hazard. Its id follows from unit and month, so a month is submitted once.
 */
@Aggregate
public class SelfInspection {

    @AggregateIdentifier
    private String submissionId;

    protected SelfInspection() {
        // for Axon
    }

    /** @param hazardIdOf the id of the hazard a failed item raises */
    SelfInspection(SubmitSelfInspection command, UnitScope unit, List<ChecklistItem> items,
                   UnaryOperator<String> hazardIdOf) {
        if (YearMonth.parse(command.period()).isAfter(YearMonth.from(command.submittedOn()))) {
            throw new BusinessRuleViolation("period-in-future", "a month is self-inspected once it has begun");
        }
        Set<String> codes = new HashSet<>(items.stream().map(ChecklistItem::code).toList());
        Set<String> answered = new HashSet<>();
        for (Answer answer : command.answers()) {
            if (!codes.contains(answer.itemCode())) {
                throw new BusinessRuleViolation("unknown-item", "the checklist has no item " + answer.itemCode());
            }
            if (!answered.add(answer.itemCode())) {
                throw new BusinessRuleViolation("item-answered-twice", "item " + answer.itemCode() + " is answered twice");
            }
        }
        codes.removeAll(answered);
        if (!codes.isEmpty()) {
            throw new BusinessRuleViolation("items-unanswered", "items without an answer: " + codes);
        }
        List<RaisedHazard> hazards = command.answers().stream().filter(a -> a.result() == FindingResult.FAIL)
                .map(a -> new RaisedHazard(a.itemCode(), hazardIdOf.apply(a.itemCode()))).toList();
        apply(new SelfInspectionSubmitted(command.submissionId(), unit.unitId(), unit.town(), unit.department(),
                command.period(), command.submittedOn(), command.templateId(), List.copyOf(command.answers()),
                command.commitment(), command.riskDeclaration(), hazards.size(), hazards));
    }

    @EventSourcingHandler
    void on(SelfInspectionSubmitted event) {
        submissionId = event.submissionId();
    }
}
