package org.firegov.infrastructure.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.firegov.infrastructure.project.KeyProjectView.MilestoneView;

/**
 * Key-project milestones planned against done, per year: for the milestones due in a year, how many were done on
 * time, done late, are still open (and of those, detected overdue); and how many milestones (due any year) were
 * completed in that year. Pure: read models in, tallies out.
 */
public final class PlanVsActual {

    /**
     * @param planned     milestones due in the year
     * @param onTime      of those, completed on or before their date
     * @param late        of those, completed after their date
     * @param open        of those, not completed yet
     * @param overdue     of the open ones, past their date (detected overdue, or due before today)
     * @param completedInYear milestones completed during the year, whatever their due year
     */
    public record Year(int year, int planned, int onTime, int late, int open, int overdue, int completedInYear) {
    }

    public record ProjectYears(String projectId, String name, String responsibleParty, List<Year> years) {
    }

    public record Report(LocalDate asOf, List<Year> overall, List<ProjectYears> projects) {
    }

    static Report of(List<KeyProjectView> projects, LocalDate today) {
        List<MilestoneView> all = projects.stream().flatMap(p -> p.milestones().stream()).toList();
        TreeSet<Integer> years = yearsOf(all);
        List<ProjectYears> perProject = projects.stream().map(p -> new ProjectYears(p.projectId(), p.name(),
                p.responsibleParty(), tally(p.milestones(), years, today))).toList();
        return new Report(today, tally(all, years, today), perProject);
    }

    private static TreeSet<Integer> yearsOf(List<MilestoneView> milestones) {
        TreeSet<Integer> years = new TreeSet<>();
        for (MilestoneView m : milestones) {
            years.add(m.plannedDate().getYear());
            if (m.completedOn() != null) {
                years.add(m.completedOn().getYear());
            }
        }
        return years;
    }

    private static List<Year> tally(List<MilestoneView> milestones, TreeSet<Integer> years, LocalDate today) {
        List<Year> tallies = new ArrayList<>();
        for (int year : years) {
            int planned = 0;
            int onTime = 0;
            int late = 0;
            int open = 0;
            int overdue = 0;
            int completedInYear = 0;
            for (MilestoneView m : milestones) {
                if (m.completedOn() != null && m.completedOn().getYear() == year) {
                    completedInYear++;
                }
                if (m.plannedDate().getYear() != year) {
                    continue;
                }
                planned++;
                if (m.completedOn() == null) {
                    open++;
                    if (m.overdueSince() != null || m.plannedDate().isBefore(today)) {
                        overdue++;
                    }
                } else if (m.completedOn().isAfter(m.plannedDate())) {
                    late++;
                } else {
                    onTime++;
                }
            }
            tallies.add(new Year(year, planned, onTime, late, open, overdue, completedInYear));
        }
        return tallies;
    }

    private PlanVsActual() {
    }
}
