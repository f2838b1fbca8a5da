package org.firegov.portal.committee;

import org.firegov.portal.api.AccountabilityApi;
import org.firegov.portal.api.IncidentApi;
import org.firegov.portal.web.Formats;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The plan's implementation (规划实施监测): its quantified targets with status, the fire statistics per year since
 * 2016 (the plan's history included), the mid-term and final reports on the targets; and one party's score by
 * quarter (季度走势), loaded into the drill-down page.
 * Each service decides what the viewer may see; the pages show what it returns.
 */
@Controller
class PlanMonitoringController {

    private final AccountabilityApi accountability;
    private final IncidentApi incidents;

    PlanMonitoringController(AccountabilityApi accountability, IncidentApi incidents) {
        this.accountability = accountability;
        this.incidents = incidents;
    }

    @GetMapping("/portal/committee/plan")
    String plan(Model model) {
        model.addAttribute("targets", accountability.planTargets());
        model.addAttribute("statistics", incidents.statistics());
        model.addAttribute("year", Formats.thisYear());
        return "committee/plan";
    }

    /** The mid-term (中期评估) or final (终期验收) report: provisional, as of today, while its day has not come. */
    @GetMapping("/portal/committee/plan/report/{stage:MIDTERM|FINAL}")
    String report(@PathVariable String stage, Model model) {
        model.addAttribute("report", accountability.planReport(stage));
        return "committee/plan-report";
    }

    @GetMapping("/portal/committee/scores/{kind}/{code}/trend")
    String trend(@PathVariable String kind, @PathVariable String code, @RequestParam(required = false) Integer year,
                 Model model) {
        model.addAttribute("trend", accountability.trend(kind, code, year != null ? year : Formats.thisYear()));
        return "committee/trend :: trend";
    }
}
