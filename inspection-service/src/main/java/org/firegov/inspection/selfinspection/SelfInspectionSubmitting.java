package org.firegov.inspection.selfinspection;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.firegov.inspection.checklist.ChecklistItem;
import org.firegov.inspection.checklist.ChecklistTemplate;
import org.firegov.inspection.hazard.HazardCommands.ReportHazard;
import org.firegov.inspection.hazard.HazardSource;
import org.firegov.inspection.onsite.FindingResult;
import org.firegov.inspection.selfinspection.SelfInspectionCommands.Answer;
import org.firegov.inspection.selfinspection.SelfInspectionCommands.SubmitSelfInspection;
import org.firegov.inspection.unit.Unit;
import org.firegov.inspection.unit.Unit.UnitScope;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.springframework.stereotype.Component;

/**
 * Records a self-inspection and reports a hazard (source SELF_INSPECTION) for each failed item with the hazard
 * lifecycle's own command, in nested units of work: all of it is stored, or none.
 */
@Component
class SelfInspectionSubmitting {

    private final Repository<Unit> units;
    private final Repository<ChecklistTemplate> templates;
    private final Repository<SelfInspection> selfInspections;
    private final CommandGateway commands;

    SelfInspectionSubmitting(Repository<Unit> units, Repository<ChecklistTemplate> templates,
                             Repository<SelfInspection> selfInspections, CommandGateway commands) {
        this.units = units;
        this.templates = templates;
        this.selfInspections = selfInspections;
        this.commands = commands;
    }

    /** One submission per unit and month: the id follows from both. */
    static String submissionIdOf(String unitId, String period) {
        return UUID.nameUUIDFromBytes(("self-inspection|" + unitId + "|" + period).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    static String hazardIdOf(String submissionId, String itemCode) {
        return UUID.nameUUIDFromBytes((submissionId + "|" + itemCode).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @CommandHandler
    String handle(SubmitSelfInspection command) throws Exception {
        try {
            selfInspections.load(command.submissionId());
            throw new BusinessRuleViolation.Conflict("self-inspection-already-submitted",
                    "unit " + command.unitId() + " already submitted its self-inspection for " + command.period());
        } catch (AggregateNotFoundException firstOfTheMonth) {
            // as it should be
        }
        UnitScope unit;
        try {
            unit = units.load(command.unitId()).invoke(Unit::scopeForNewHazard);
        } catch (AggregateNotFoundException e) {
            throw new BusinessRuleViolation("unknown-unit", "no registered unit " + command.unitId());
        }
        List<ChecklistItem> items = templates.load(command.templateId()).invoke(ChecklistTemplate::items);
        selfInspections.newInstance(() -> new SelfInspection(command, unit, items,
                item -> hazardIdOf(command.submissionId(), item)));
        Map<String, String> texts = items.stream().collect(Collectors.toMap(ChecklistItem::code, ChecklistItem::text));
        for (Answer failed : command.answers()) {
            if (failed.result() == FindingResult.FAIL) {
                String note = failed.note() == null || failed.note().isBlank() ? "" : "：" + failed.note().strip();
                commands.sendAndWait(new ReportHazard(hazardIdOf(command.submissionId(), failed.itemCode()),
                        unit.unitId(), texts.get(failed.itemCode()) + note, HazardSource.SELF_INSPECTION, false));
            }
        }
        return command.submissionId();
    }
}
