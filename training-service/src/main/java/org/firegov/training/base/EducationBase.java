package org.firegov.training.base;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.training.County;
import org.firegov.training.base.BaseCommands.CloseBase;
import org.firegov.training.base.BaseCommands.RegisterBase;
import org.firegov.training.base.BaseEvents.BaseClosed;
import org.firegov.training.base.BaseEvents.BaseRegistered;
import org.firegov.training.party.OrganiserRules;
import org.firegov.training.party.Party;

/**
 * An education base or theme park (消防科普教育基地、主题公园) in a town, open from a date until it is closed; open
 * sites count towards the town's and county's sites per 10,000 residents. Registered like a campaign is planned.
 */
@Aggregate
public class EducationBase {

    @AggregateIdentifier
    private String baseId;
    private String town;
    private Party operator;
    private java.time.LocalDate openedOn;
    private boolean closed;

    protected EducationBase() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(RegisterBase command) {
        OrganiserRules.mayPlan(command.by(), command.operator(), command.town());
        if (!County.plausible(command.openedOn()) || command.openedOn().isAfter(command.today())) {
            throw new BusinessRuleViolation("opened-in-future", "a site is registered once it is open");
        }
        apply(new BaseRegistered(command.baseId(), command.kind(), command.name(), command.town(),
                command.address(), command.openedOn(), command.operator(), command.demo(), command.note()));
    }

    @CommandHandler
    void handle(CloseBase command) {
        OrganiserRules.mayAct(command.by(), operator, town, "education base", baseId);
        if (closed) {
            throw new BusinessRuleViolation.Conflict("base-closed", "the site is already closed");
        }
        if (command.closedOn().isBefore(openedOn) || command.closedOn().isAfter(command.today())) {
            throw new BusinessRuleViolation("invalid-closing-date", "a site closes between its opening and today");
        }
        apply(new BaseClosed(baseId, command.closedOn(), command.reason()));
    }

    @EventSourcingHandler
    void on(BaseRegistered event) {
        baseId = event.baseId();
        town = event.town();
        operator = event.operator();
        openedOn = event.openedOn();
    }

    @EventSourcingHandler
    void on(BaseClosed event) {
        closed = true;
    }
}
