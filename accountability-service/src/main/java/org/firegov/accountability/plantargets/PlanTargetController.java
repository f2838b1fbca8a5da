package org.firegov.accountability.plantargets;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.firegov.accountability.plantargets.TargetProgress.Status;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Plan-target monitoring (规划实施监测): the targets today or on a day, and the mid-term and final acceptance reports. */
@RestController
@RequestMapping("/api/accountability/plan-targets")
class PlanTargetController {

    /** 中期评估 (as of the end of 2023, the plan's third year) and 终期验收 (as of the end of 2025). */
    enum Stage {
        MIDTERM(LocalDate.of(2023, 12, 31)), FINAL(PlanTargets.PLAN_END);

        final LocalDate asOf;

        Stage(LocalDate asOf) {
            this.asOf = asOf;
        }
    }

    record Report(Stage stage, LocalDate asOf, boolean provisional, Map<Status, Long> summary,
                  List<TargetProgress> targets) {
    }

    private final PlanTargets targets;
    private final Clock clock;

    PlanTargetController(PlanTargets targets, Clock clock) {
        this.targets = targets;
        this.clock = clock;
    }

    @GetMapping
    List<TargetProgress> current(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                 LocalDate asOf) {
        return targets.asOf(asOf == null ? today() : asOf);
    }

    /** The acceptance report of a stage; provisional while its day has not come (then it is as of today). */
    @GetMapping("/report/{stage}")
    Report report(@PathVariable Stage stage) {
        LocalDate today = today();
        boolean provisional = today.isBefore(stage.asOf);
        LocalDate asOf = provisional ? today : stage.asOf;
        List<TargetProgress> progress = targets.asOf(asOf);
        Map<Status, Long> summary = progress.stream()
                .collect(Collectors.groupingBy(TargetProgress::status, TreeMap::new, Collectors.counting()));
        return new Report(stage, asOf, provisional, summary, progress);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(org.firegov.accountability.scoring.AssessmentPeriod.COUNTY));
    }
}
