package org.firegov.infrastructure.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Read model of a key project and its milestones, as the committee and the brigade follow them. */
@Document(KeyProjectView.COLLECTION)
public record KeyProjectView(@Id String projectId, Integer planItem, String name, String goal, LocalDate startDate,
                             BigDecimal budget, String responsibleBody, String responsibleParty, boolean demo,
                             Instant registeredAt, List<MilestoneView> milestones) {

    public static final String COLLECTION = "key_projects";

    /**
     * @param status           {@code PLANNED}, {@code OVERDUE}, {@code COMPLETED_ON_TIME} or {@code COMPLETED_LATE}
     * @param responsibleParty the milestone's own party; null when the project's answers for it
     */
    public record MilestoneView(String milestoneId, String title, LocalDate plannedDate, String status,
                                LocalDate completedOn, long daysLate, String note, LocalDate overdueSince,
                                String responsibleParty) {

        MilestoneView withParty(String party) {
            return new MilestoneView(milestoneId, title, plannedDate, status, completedOn, daysLate, note,
                    overdueSince, party);
        }
    }

    KeyProjectView withResponsibleParty(String party) {
        return new KeyProjectView(projectId, planItem, name, goal, startDate, budget, responsibleBody, party, demo,
                registeredAt, milestones);
    }

    KeyProjectView withMilestone(String milestoneId, UnaryOperator<MilestoneView> change, MilestoneView ifAbsent) {
        List<MilestoneView> changed = new ArrayList<>();
        boolean found = false;
        for (MilestoneView milestone : milestones) {
            if (milestone.milestoneId().equals(milestoneId)) {
                changed.add(change.apply(milestone));
                found = true;
            } else {
                changed.add(milestone);
            }
        }
        if (!found && ifAbsent != null) {
            changed.add(ifAbsent);
        }
        return new KeyProjectView(projectId, planItem, name, goal, startDate, budget, responsibleBody,
                responsibleParty, demo, registeredAt, changed);
    }
}
