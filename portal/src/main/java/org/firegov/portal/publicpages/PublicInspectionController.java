package org.firegov.portal.publicpages;

import org.firegov.portal.api.OnSiteInspectionApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 一公开: the results of completed inspections, public fields only, optionally of one random-inspection plan. */
@Controller
class PublicInspectionController {

    private final OnSiteInspectionApi inspections;

    PublicInspectionController(OnSiteInspectionApi inspections) {
        this.inspections = inspections;
    }

    @GetMapping("/public/inspections")
    String results(@RequestParam(required = false) String planId, Model model) {
        model.addAttribute("planId", planId == null ? "" : planId.strip());
        model.addAttribute("results", inspections.publicResults(planId == null ? null : planId.strip()));
        return "public/inspections";
    }
}
