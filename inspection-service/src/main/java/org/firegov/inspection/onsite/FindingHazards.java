package org.firegov.inspection.onsite;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.Repository;
import org.firegov.inspection.hazard.HazardCommands.ReportHazard;
import org.firegov.inspection.hazard.HazardSource;
import org.firegov.inspection.onsite.OnSiteInspection.RaisedHazard;
import org.firegov.inspection.onsite.OnSiteInspectionCommands.RaiseFindingHazard;
import org.springframework.stereotype.Component;

/**
 * A failed item raises a hazard: the inspection records the link, then the hazard is reported with the hazard
 * lifecycle's own {@link ReportHazard} command. The report runs in a nested unit of work inside this one, so both
 * are stored in one transaction or neither is (a closed unit's 422 leaves no dangling link).
 */
@Component
class FindingHazards {

    private final Repository<OnSiteInspection> inspections;
    private final CommandGateway commands;

    FindingHazards(Repository<OnSiteInspection> inspections, CommandGateway commands) {
        this.inspections = inspections;
        this.commands = commands;
    }

    /** The hazard id is derived from the inspection and the item: one item, one hazard, retries included. */
    static String hazardIdOf(String inspectionId, String itemCode) {
        return UUID.nameUUIDFromBytes(("inspection|" + inspectionId + "|" + itemCode).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    @CommandHandler
    String handle(RaiseFindingHazard command) throws Exception {
        String hazardId = hazardIdOf(command.inspectionId(), command.itemCode());
        RaisedHazard raised = inspections.load(command.inspectionId())
                .invoke(inspection -> inspection.raiseHazard(command.itemCode(), hazardId, command.description()));
        return commands.sendAndWait(new ReportHazard(hazardId, raised.unitId(), raised.description(),
                HazardSource.INSPECTION, command.major()));
    }
}
