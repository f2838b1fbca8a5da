package org.firegov.infrastructure.recruitment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.infrastructure.recruitment.RecruitCommands.HireFirefighter;
import org.firegov.kit.domain.BusinessRuleViolation;

/** One recruit of the plan's government full-time firefighters (Table 3, item 5: 15 recruits, 3 a year). */
@Aggregate
public class Recruit {

    /** The plan's recruitment runs over the 14th five-year period. */
    static final LocalDate PLAN_START = LocalDate.of(2021, 1, 1);

    @AggregateIdentifier
    private String staffNo;

    protected Recruit() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(HireFirefighter command) {
        if (command.hiredOn().isAfter(command.today())) {
            throw new BusinessRuleViolation("hired-in-future", "a hiring date cannot be in the future");
        }
        if (command.hiredOn().isBefore(PLAN_START)) {
            throw new BusinessRuleViolation("before-plan", "the plan's recruitment starts in 2021");
        }
        apply(new FirefighterHired(command.staffNo(), command.hiredOn(), command.town()));
    }

    @EventSourcingHandler
    void on(FirefighterHired event) {
        staffNo = event.staffNo();
    }
}
