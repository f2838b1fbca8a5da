package org.firegov.portal.scoped;

import org.firegov.portal.api.AccountabilityApi;
import org.firegov.portal.api.InfrastructureApi;
import org.firegov.portal.api.InspectionApi;
import org.firegov.portal.api.TrainingApi;
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
 * The department portal (行业部门) and the town portal (乡镇街道): their own units, open and overdue hazards,
 * responsibility tasks (责任清单) with completion, campaigns, and for a town its hydrants. Every list is what the
 * services return for the user's token, so nothing of another department or town appears.
 */
@Controller
class ScopedPortalController {

    private final InspectionApi inspection;
    private final AccountabilityApi accountability;
    private final TrainingApi training;
    private final InfrastructureApi infrastructure;

    ScopedPortalController(InspectionApi inspection, AccountabilityApi accountability, TrainingApi training,
                           InfrastructureApi infrastructure) {
        this.inspection = inspection;
        this.accountability = accountability;
        this.training = training;
        this.infrastructure = infrastructure;
    }

    @GetMapping("/portal/department")
    String department(Model model) {
        fill(model);
        return "scoped/portal";
    }

    @GetMapping("/portal/town")
    String town(Model model) {
        fill(model);
        model.addAttribute("hydrants", infrastructure.hydrants());
        model.addAttribute("rates", infrastructure.hydrantRates());
        return "scoped/portal";
    }

    /** 完成责任清单任务, with the evidence of what was done. */
    @PostMapping("/portal/tasks/{taskId}/completion")
    ResponseEntity<Void> complete(@PathVariable String taskId, @RequestParam String evidence,
                                  @RequestParam String back) {
        accountability.completeTask(taskId, evidence);
        Settle.until(() -> "COMPLETED".equals(accountability.task(taskId).get("status")));
        return Htmx.redirect(back.startsWith("/portal/") ? back : "/portal", "task-completed");
    }

    private void fill(Model model) {
        model.addAttribute("units", inspection.units(null, null));
        model.addAttribute("open", inspection.hazards("OPEN", null, null));
        model.addAttribute("overdue", inspection.hazards("OPEN", null, true));
        model.addAttribute("tasks", accountability.tasks(null));
        model.addAttribute("campaigns", training.campaigns());
    }
}
