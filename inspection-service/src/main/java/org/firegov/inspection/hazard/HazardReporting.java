package org.firegov.inspection.hazard;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.firegov.inspection.hazard.HazardCommands.ReportHazard;
import org.firegov.inspection.unit.Unit;
import org.firegov.inspection.unit.Unit.UnitScope;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.springframework.stereotype.Component;

/**
 * Reports a hazard against a registered unit. The unit is read from its event-sourced aggregate (not a read
 * model), so a hazard reported right after its unit was registered is attributed to the right town and department.
 */
@Component
class HazardReporting {

    private final Repository<Unit> units;
    private final Repository<Hazard> hazards;

    HazardReporting(Repository<Unit> units, Repository<Hazard> hazards) {
        this.units = units;
        this.hazards = hazards;
    }

    @CommandHandler
    String handle(ReportHazard command) throws Exception {
        UnitScope unit;
        try {
            unit = units.load(command.unitId()).invoke(Unit::scopeForNewHazard);
        } catch (AggregateNotFoundException e) {
            throw new BusinessRuleViolation("unknown-unit", "no registered unit " + command.unitId());
        }
        hazards.newInstance(() -> new Hazard(command, unit));
        return command.hazardId();
    }
}
