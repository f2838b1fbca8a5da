package org.firegov.infrastructure.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.firegov.infrastructure.project.KeyProjectView.MilestoneView;
import org.junit.jupiter.api.Test;

class PlanVsActualTest {

    private static MilestoneView milestone(String id, int dueYear, LocalDate completedOn) {
        LocalDate due = LocalDate.of(dueYear, 12, 31);
        String status = completedOn == null ? "PLANNED" : completedOn.isAfter(due) ? "COMPLETED_LATE" : "COMPLETED_ON_TIME";
        return new MilestoneView(id, id, due, status, completedOn, 0, null, null, null);
    }

    private static KeyProjectView project(String id, MilestoneView... milestones) {
        return new KeyProjectView(id, 5, "项目 " + id, null, LocalDate.of(2021, 1, 1), null, "大队", "emergency", false,
                null, List.of(milestones));
    }

    @Test
    void milestones_are_tallied_per_due_year_with_late_completions_counted_in_the_year_they_happened() {
        KeyProjectView recruits = project("recruits",
                milestone("r-2021", 2021, LocalDate.of(2021, 10, 1)),
                milestone("r-2022", 2022, LocalDate.of(2023, 2, 1)),
                milestone("r-2023", 2023, null),
                milestone("r-2024", 2024, null));
        KeyProjectView station = project("station", milestone("built", 2023, LocalDate.of(2023, 12, 31)));

        PlanVsActual.Report report = PlanVsActual.of(List.of(recruits, station), LocalDate.of(2024, 3, 1));

        assertThat(report.overall()).containsExactly(
                new PlanVsActual.Year(2021, 1, 1, 0, 0, 0, 1),
                new PlanVsActual.Year(2022, 1, 0, 1, 0, 0, 0),
                new PlanVsActual.Year(2023, 2, 1, 0, 1, 1, 2),
                new PlanVsActual.Year(2024, 1, 0, 0, 1, 0, 0));
        assertThat(report.projects()).hasSize(2);
        assertThat(report.projects().get(1).years()).extracting(PlanVsActual.Year::planned)
                .containsExactly(0, 0, 1, 0);
        assertThat(report.projects().get(0).responsibleParty()).isEqualTo("emergency");
    }
}
