package org.firegov.infrastructure.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands of the plan's key projects (重点工程, Table 3 and annexes). */
public final class KeyProjectCommands {

    /**
     * A milestone as planned: what is done by when.
     *
     * @param responsibleParty the milestone's own party where it differs from the project's (e.g. one town's
     *                         brigade within a project of two towns), else null
     */
    public record PlannedMilestone(String milestoneId, String title, LocalDate plannedDate, String responsibleParty) {

        public PlannedMilestone(String milestoneId, String title, LocalDate plannedDate) {
            this(milestoneId, title, plannedDate, null);
        }
    }

    /**
     * @param planItem        the row of the plan's Table 3 (1–7), or null for a project outside it
     * @param budget          budget in 10,000 CNY (万元); null when the plan states no figure
     * @param responsibleBody  who answers for it, in words (责任单位)
     * @param responsibleParty its accountability party code (town or department); required
     */
    public record RegisterKeyProject(@TargetAggregateIdentifier String projectId, Integer planItem, String name,
                                     String goal, LocalDate startDate, BigDecimal budget, String responsibleBody,
                                     String responsibleParty, List<PlannedMilestone> milestones, boolean demo) {
    }

    /** Name the party answering for the project ({@code milestoneId} null) or for one of its milestones. */
    public record AssignResponsibleParty(@TargetAggregateIdentifier String projectId, String milestoneId,
                                         String responsibleParty) {
    }

    public record PlanMilestone(@TargetAggregateIdentifier String projectId, PlannedMilestone milestone) {
    }

    /**
     * A progress report that completes a milestone on {@code completedOn}; {@code today} bounds it.
     *
     * @param evidenceRef where the proof is kept (document number, file, link), optional
     */
    public record CompleteMilestone(@TargetAggregateIdentifier String projectId, String milestoneId,
                                    LocalDate completedOn, String note, String evidenceRef, LocalDate today) {
    }

    /** A progress report that completes nothing: the project's (or one milestone's) progress with its evidence. */
    public record ReportProgress(@TargetAggregateIdentifier String projectId, String reportId, String milestoneId,
                                 LocalDate reportedOn, String text, String evidenceRef, LocalDate today) {
    }

    /** Record every milestone past its planned date and not completed as overdue (each only once). */
    public record DetectOverdueMilestones(@TargetAggregateIdentifier String projectId, LocalDate today) {
    }

    private KeyProjectCommands() {
    }
}
