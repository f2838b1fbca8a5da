package org.firegov.infrastructure.project;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * Domain events of the key projects, private to infrastructure-service. {@code responsibleParty} is an
 * accountability party code (a town such as {@code xiabao} or a department such as {@code housing}); it was added
 * in revision 2, and events stored before carry {@code null} (see {@link KeyProjectUpcasters}).
 */
public final class KeyProjectEvents {

    /** @param responsibleBody who answers for it in words (责任单位); {@code responsibleParty} is its party code */
    @Revision("2")
    public record KeyProjectRegistered(String projectId, Integer planItem, String name, String goal,
                                       LocalDate startDate, BigDecimal budget, String responsibleBody, boolean demo,
                                       String responsibleParty) {
    }

    /** @param responsibleParty the milestone's own party where it differs from the project's, else null */
    @Revision("2")
    public record MilestonePlanned(String projectId, String milestoneId, String title, LocalDate plannedDate,
                                   String responsibleParty) {
    }

    /**
     * The party answering for the project ({@code milestoneId} null) or for one milestone of it was (re)assigned.
     */
    @Revision("1")
    public record ResponsiblePartyAssigned(String projectId, String milestoneId, String responsibleParty) {
    }

    /**
     * @param daysLate         days after the planned date, 0 when on time
     * @param responsibleParty the party answering for this milestone (its own, else the project's) when completed
     * @param evidenceRef      where the proof is kept (document number, file, link); added in revision 3
     */
    @Revision("3")
    public record MilestoneCompleted(String projectId, String milestoneId, String title, LocalDate plannedDate,
                                     LocalDate completedOn, boolean onTime, long daysLate, String note,
                                     String responsibleParty, String evidenceRef) {
    }

    /**
     * A progress report (进展报告) without completing a milestone: what was done by {@code reportedOn}, with an
     * optional reference to its evidence; about the whole project or one milestone ({@code milestoneId}).
     */
    @Revision("1")
    public record ProgressReported(String projectId, String reportId, String milestoneId, LocalDate reportedOn,
                                   String text, String evidenceRef) {
    }

    /** The milestone passed its planned date without completion; recorded once per milestone. */
    @Revision("2")
    public record MilestoneOverdue(String projectId, String milestoneId, String title, LocalDate plannedDate,
                                   LocalDate detectedOn, String responsibleParty) {
    }

    private KeyProjectEvents() {
    }
}
