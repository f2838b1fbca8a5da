package org.firegov.portal.unit;

import org.firegov.portal.api.InspectionApi;
import org.firegov.portal.api.TrainingApi;
import org.firegov.portal.security.Viewer;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The unit portal (社会单位): the unit itself, its hazards (rectification on each hazard's page), its drills. */
@Controller
class UnitPortalController {

    private final InspectionApi inspection;
    private final TrainingApi training;

    UnitPortalController(InspectionApi inspection, TrainingApi training) {
        this.inspection = inspection;
        this.training = training;
    }

    @GetMapping("/portal/unit")
    String unit(Authentication authentication, Model model) {
        model.addAttribute("unit", inspection.unit(Viewer.of(authentication).unit()));
        model.addAttribute("hazards", inspection.hazards(null, null, null));
        model.addAttribute("drills", training.drills());
        return "unit/portal";
    }
}
