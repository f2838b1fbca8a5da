package org.firegov.infrastructure.project;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** Domain events of the key projects, private to infrastructure-service. */
public final class KeyProjectEvents {

    @Revision("1")
    public record KeyProjectRegistered(String projectId, Integer planItem, String name, String goal,
                                       LocalDate startDate, BigDecimal budget, String responsibleBody, boolean demo) {
    }

    @Revision("1")
    public record MilestonePlanned(String projectId, String milestoneId, String title, LocalDate plannedDate) {
    }

    /** @param daysLate days after the planned date, 0 when on time */
    @Revision("1")
    public record MilestoneCompleted(String projectId, String milestoneId, String title, LocalDate plannedDate,
                                     LocalDate completedOn, boolean onTime, long daysLate, String note) {
    }

    /** The milestone passed its planned date without completion; recorded once per milestone. */
    @Revision("1")
    public record MilestoneOverdue(String projectId, String milestoneId, String title, LocalDate plannedDate,
                                   LocalDate detectedOn) {
    }

    private KeyProjectEvents() {
    }
}
