package org.firegov.inspection.citizenreport;

import java.time.Duration;
import java.util.Optional;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.firegov.inspection.citizenreport.CitizenReportCommands.FileCitizenReport;
import org.firegov.inspection.citizenreport.CitizenReportCommands.PlaceCitizenReport;
import org.firegov.inspection.citizenreport.CitizenReportCommands.Receipt;
import org.firegov.inspection.hazard.HazardCommands.ReportHazard;
import org.firegov.inspection.hazard.HazardSource;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.springframework.stereotype.Component;

/**
 * Files a citizen's report: a form files one report (a retry of it answers the same receipt), the same text at the
 * same place within the duplicate window is the first report, and a report naming a unit is reported as a hazard
 * (source PUBLIC_REPORT) with the hazard lifecycle's own command in a nested unit of work — all stored, or none
 * (an unknown or closed unit's 422 leaves no report behind).
 */
@Component
class CitizenReportFiling {

    private final Repository<CitizenReport> reports;
    private final Repository<ReportDuplicateGuard> guards;
    private final CommandGateway commands;
    private final Duration duplicateWindow;

    CitizenReportFiling(Repository<CitizenReport> reports, Repository<ReportDuplicateGuard> guards,
                        CommandGateway commands, CitizenReportProperties properties) {
        this.reports = reports;
        this.guards = guards;
        this.commands = commands;
        this.duplicateWindow = properties.duplicateWindow();
    }

    @CommandHandler
    Receipt handle(FileCitizenReport command) throws Exception {
        Optional<Aggregate<CitizenReport>> filed = find(reports, command.reportId());
        if (filed.isPresent()) {
            if (!filed.get().invoke(report -> report.sameAs(command.duplicateKey()))) {
                throw new BusinessRuleViolation.Conflict("form-already-used",
                        "this form has already sent a report; load the form again for another one");
            }
            return new Receipt(command.reportId(), filed.get().invoke(CitizenReport::trackingCode), true);
        }
        String holder = holderOf(command);
        if (!holder.equals(command.reportId())) {
            return new Receipt(holder, reports.load(holder).invoke(CitizenReport::trackingCode), true);
        }
        reports.newInstance(() -> new CitizenReport(command));
        if (command.unitId() != null) {
            commands.sendAndWait(new ReportHazard(CitizenReport.hazardIdOf(command.reportId()), command.unitId(),
                    command.description(), HazardSource.PUBLIC_REPORT, false));
        }
        return new Receipt(command.reportId(), command.trackingCode(), false);
    }

    /** The brigade places a report at a unit: the hazard is reported there (422 for an unknown or closed unit). */
    @CommandHandler
    String handle(PlaceCitizenReport command) throws Exception {
        String description = reports.load(command.reportId()).invoke(report -> report.place(command.unitId()));
        return commands.sendAndWait(new ReportHazard(CitizenReport.hazardIdOf(command.reportId()), command.unitId(),
                description, HazardSource.PUBLIC_REPORT, false));
    }

    private String holderOf(FileCitizenReport command) throws Exception {
        Optional<Aggregate<ReportDuplicateGuard>> guard = find(guards, command.duplicateKey());
        if (guard.isEmpty()) {
            guards.newInstance(() -> new ReportDuplicateGuard(command.duplicateKey(), command.reportId(),
                    command.now()));
            return command.reportId();
        }
        return guard.get().invoke(g -> g.claim(command.reportId(), command.now(), duplicateWindow));
    }

    private static <T> Optional<Aggregate<T>> find(Repository<T> repository, String id) {
        try {
            return Optional.of(repository.load(id));
        } catch (AggregateNotFoundException absent) {
            return Optional.empty();
        }
    }
}
