package org.firegov.infrastructure.project;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.infrastructure.project.KeyProjectCommands.AssignResponsibleParty;
import org.firegov.infrastructure.project.KeyProjectCommands.CompleteMilestone;
import org.firegov.infrastructure.project.KeyProjectCommands.DetectOverdueMilestones;
import org.firegov.infrastructure.project.KeyProjectCommands.PlanMilestone;
import org.firegov.infrastructure.project.KeyProjectCommands.PlannedMilestone;
import org.firegov.infrastructure.project.KeyProjectCommands.RegisterKeyProject;
import org.firegov.infrastructure.project.KeyProjectCommands.ReportProgress;
import org.firegov.infrastructure.project.KeyProjectEvents.KeyProjectRegistered;
import org.firegov.infrastructure.project.KeyProjectEvents.MilestoneCompleted;
import org.firegov.infrastructure.project.KeyProjectEvents.MilestoneOverdue;
import org.firegov.infrastructure.project.KeyProjectEvents.MilestonePlanned;
import org.firegov.infrastructure.project.KeyProjectEvents.ProgressReported;
import org.firegov.infrastructure.project.KeyProjectEvents.ResponsiblePartyAssigned;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.NotFound;

/** A key project of the plan (重点工程) with its milestones; detects each missed milestone exactly once. */
@Aggregate
public class KeyProject {

    @AggregateIdentifier
    private String projectId;
    private LocalDate startDate;
    /** Accountability party code answering for the project; null only in history from before parties existed. */
    private String responsibleParty;
    private final Map<String, Milestone> milestones = new LinkedHashMap<>();

    /** What the rules need to know of a milestone; {@code party} is its own party, null for the project's. */
    private record Milestone(String title, LocalDate plannedDate, boolean completed, boolean overdue, String party) {

        Milestone with(boolean nowCompleted, boolean nowOverdue, String nowParty) {
            return new Milestone(title, plannedDate, nowCompleted, nowOverdue, nowParty);
        }
    }

    protected KeyProject() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(RegisterKeyProject command) {
        if (command.name() == null || command.name().isBlank()) {
            throw new BusinessRuleViolation("no-name", "a key project needs a name");
        }
        if (command.startDate() == null) {
            throw new BusinessRuleViolation("no-start-date", "a key project needs a start date");
        }
        if (command.responsibleParty() == null || command.responsibleParty().isBlank()) {
            throw new BusinessRuleViolation("no-responsible-party",
                    "a key project needs the code of the party answering for it (a town or a department)");
        }
        List<PlannedMilestone> planned = command.milestones() == null ? List.of() : command.milestones();
        Set<String> ids = new HashSet<>();
        for (PlannedMilestone milestone : planned) {
            requireValid(milestone, command.startDate());
            if (!ids.add(milestone.milestoneId())) {
                throw new BusinessRuleViolation("duplicate-milestone", "milestone " + milestone.milestoneId() + " is listed twice");
            }
        }
        apply(new KeyProjectRegistered(command.projectId(), command.planItem(), command.name(), command.goal(),
                command.startDate(), command.budget(), command.responsibleBody(), command.demo(),
                command.responsibleParty()));
        planned.forEach(m -> apply(new MilestonePlanned(command.projectId(), m.milestoneId(), m.title(), m.plannedDate(),
                m.responsibleParty())));
    }

    @CommandHandler
    void handle(PlanMilestone command) {
        requireValid(command.milestone(), startDate);
        if (milestones.containsKey(command.milestone().milestoneId())) {
            throw new BusinessRuleViolation.Conflict("milestone-exists",
                    "milestone " + command.milestone().milestoneId() + " is already planned");
        }
        apply(new MilestonePlanned(projectId, command.milestone().milestoneId(), command.milestone().title(),
                command.milestone().plannedDate(), command.milestone().responsibleParty()));
    }

    @CommandHandler
    void handle(AssignResponsibleParty command) {
        String current = responsibleParty;
        if (command.milestoneId() != null) {
            Milestone milestone = milestones.get(command.milestoneId());
            if (milestone == null) {
                throw new NotFound("milestone", command.milestoneId());
            }
            current = milestone.party() != null ? milestone.party() : responsibleParty;
        }
        if (command.responsibleParty().equals(current)) {
            throw new BusinessRuleViolation.Conflict("responsible-party-unchanged",
                    "the party answering for it already is " + current);
        }
        apply(new ResponsiblePartyAssigned(projectId, command.milestoneId(), command.responsibleParty()));
    }

    @CommandHandler
    void handle(CompleteMilestone command) {
        Milestone milestone = milestones.get(command.milestoneId());
        if (milestone == null) {
            throw new NotFound("milestone", command.milestoneId());
        }
        if (milestone.completed()) {
            throw new BusinessRuleViolation.Conflict("milestone-already-completed",
                    "milestone " + command.milestoneId() + " is already completed");
        }
        requireReportable(command.completedOn(), command.today(), "completion");
        long daysLate = Math.max(0, ChronoUnit.DAYS.between(milestone.plannedDate(), command.completedOn()));
        apply(new MilestoneCompleted(projectId, command.milestoneId(), milestone.title(), milestone.plannedDate(),
                command.completedOn(), daysLate == 0, daysLate, command.note(), partyOf(milestone),
                command.evidenceRef()));
    }

    @CommandHandler
    void handle(ReportProgress command) {
        if (command.milestoneId() != null && !milestones.containsKey(command.milestoneId())) {
            throw new NotFound("milestone", command.milestoneId());
        }
        if (command.text() == null || command.text().isBlank()) {
            throw new BusinessRuleViolation("no-progress-text", "a progress report says what was done");
        }
        requireReportable(command.reportedOn(), command.today(), "report");
        apply(new ProgressReported(projectId, command.reportId(), command.milestoneId(), command.reportedOn(),
                command.text(), command.evidenceRef()));
    }

    /** Completion and report codes: {@code completion-in-future}, {@code report-before-start} … */
    private void requireReportable(LocalDate day, LocalDate today, String what) {
        if (day.isAfter(today)) {
            throw new BusinessRuleViolation(what + "-in-future", "a " + what + " cannot be dated in the future");
        }
        if (day.isBefore(startDate)) {
            throw new BusinessRuleViolation(what + "-before-start",
                    "a " + what + " cannot be dated before its project starts (" + startDate + ")");
        }
    }

    /** @return the ids of the milestones newly found overdue */
    @CommandHandler
    List<String> handle(DetectOverdueMilestones command) {
        List<Map.Entry<String, Milestone>> missed = milestones.entrySet().stream()
                .filter(e -> !e.getValue().completed() && !e.getValue().overdue()
                        && e.getValue().plannedDate().isBefore(command.today()))
                .toList();
        missed.forEach(e -> apply(new MilestoneOverdue(projectId, e.getKey(), e.getValue().title(),
                e.getValue().plannedDate(), command.today(), partyOf(e.getValue()))));
        return missed.stream().map(Map.Entry::getKey).toList();
    }

    private String partyOf(Milestone milestone) {
        return milestone.party() != null ? milestone.party() : responsibleParty;
    }

    private static void requireValid(PlannedMilestone milestone, LocalDate startDate) {
        if (milestone == null || milestone.milestoneId() == null || milestone.milestoneId().isBlank()
                || milestone.title() == null || milestone.title().isBlank() || milestone.plannedDate() == null) {
            throw new BusinessRuleViolation("incomplete-milestone", "a milestone needs an id, a title and a planned date");
        }
        if (milestone.plannedDate().isBefore(startDate)) {
            throw new BusinessRuleViolation("milestone-before-start", "milestone " + milestone.milestoneId()
                    + " is planned for " + milestone.plannedDate() + ", before the project starts on " + startDate);
        }
    }

    @EventSourcingHandler
    void on(KeyProjectRegistered event) {
        projectId = event.projectId();
        startDate = event.startDate();
        responsibleParty = event.responsibleParty();
    }

    @EventSourcingHandler
    void on(MilestonePlanned event) {
        milestones.put(event.milestoneId(), new Milestone(event.title(), event.plannedDate(), false, false,
                event.responsibleParty()));
    }

    @EventSourcingHandler
    void on(ResponsiblePartyAssigned event) {
        if (event.milestoneId() == null) {
            responsibleParty = event.responsibleParty();
        } else {
            milestones.computeIfPresent(event.milestoneId(), (id, m) -> m.with(m.completed(), m.overdue(),
                    event.responsibleParty()));
        }
    }

    @EventSourcingHandler
    void on(MilestoneCompleted event) {
        milestones.computeIfPresent(event.milestoneId(), (id, m) -> m.with(true, m.overdue(), m.party()));
    }

    @EventSourcingHandler
    void on(MilestoneOverdue event) {
        milestones.computeIfPresent(event.milestoneId(), (id, m) -> m.with(m.completed(), true, m.party()));
    }
}
