package org.firegov.portal.brigade;

import org.firegov.portal.api.InfrastructureApi;
import org.firegov.portal.api.InspectionApi;
import org.firegov.portal.web.Formats;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The brigade's workspace (县消防救援大队): hazards waiting for an order, rectifications waiting for verification
 * (复查), overdue ones, listed major hazards, a new double-random plan, key projects with their milestones planned
 * against done per year, hydrant rates (the hydrants themselves: {@link HydrantsController}).
 */
@Controller
class BrigadeController {

    private final InspectionApi inspection;
    private final InfrastructureApi infrastructure;

    BrigadeController(InspectionApi inspection, InfrastructureApi infrastructure) {
        this.inspection = inspection;
        this.infrastructure = infrastructure;
    }

    @GetMapping("/portal/brigade")
    String workspace(Model model) {
        model.addAttribute("toVerify", inspection.hazards(null, "RECTIFICATION_SUBMITTED", null));
        model.addAttribute("toOrder", inspection.hazards(null, "REPORTED", null));
        model.addAttribute("overdue", inspection.hazards("OPEN", null, true));
        model.addAttribute("listed", inspection.publicListedMajorHazards());
        model.addAttribute("rates", infrastructure.hydrantRates());
        model.addAttribute("projects", infrastructure.projects());
        model.addAttribute("planVsActual", infrastructure.planVsActual());
        model.addAttribute("today", Formats.today());
        return "brigade/workspace";
    }
}
