package org.firegov.portal.brigade;

import org.firegov.portal.api.CitizenReportApi;
import org.firegov.portal.web.Htmx;
import org.firegov.portal.web.Settle;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The brigade's triage of citizens' reports given by address (群众举报): place one at the unit it concerns (then it
 * is a hazard there, in the workspace's lists) or dismiss it with a reason. Reports naming a unit are hazards
 * already and do not appear here. The service allows the brigade only.
 */
@Controller
class CitizenReportController {

    private final CitizenReportApi reports;

    CitizenReportController(CitizenReportApi reports) {
        this.reports = reports;
    }

    @GetMapping("/portal/citizen-reports")
    String list(Model model) {
        model.addAttribute("reports", reports.unplaced());
        return "brigade/citizen-reports";
    }

    @PostMapping("/portal/citizen-reports/{reportId}/placement")
    ResponseEntity<Void> place(@PathVariable String reportId, @RequestParam(defaultValue = "") String unitId) {
        String hazardId = reports.place(reportId, unitId.strip());
        Settle.until(() -> !"UNPLACED".equals(reports.report(reportId).get("status")));
        return Htmx.redirect("/portal/hazards/" + hazardId, "citizen-report-placed");
    }

    @PostMapping("/portal/citizen-reports/{reportId}/dismissal")
    ResponseEntity<Void> dismiss(@PathVariable String reportId, @RequestParam(defaultValue = "") String reason) {
        reports.dismiss(reportId, reason);
        Settle.until(() -> !"UNPLACED".equals(reports.report(reportId).get("status")));
        return Htmx.redirect("/portal/citizen-reports", "citizen-report-dismissed");
    }
}
