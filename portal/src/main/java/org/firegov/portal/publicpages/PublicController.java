package org.firegov.portal.publicpages;

import java.time.LocalDate;

import org.firegov.portal.api.AccountabilityApi;
import org.firegov.portal.api.InspectionApi;
import org.firegov.portal.api.TrainingApi;
import org.firegov.portal.web.Formats;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Public disclosure without sign-in (信息公开): listed major hazards, the dishonesty list, the campaign calendar and
 * published random-inspection draws. Only the services' public APIs are called, without any token.
 */
@Controller
class PublicController {

    private final InspectionApi inspection;
    private final AccountabilityApi accountability;
    private final TrainingApi training;

    PublicController(InspectionApi inspection, AccountabilityApi accountability, TrainingApi training) {
        this.inspection = inspection;
        this.accountability = accountability;
        this.training = training;
    }

    @GetMapping("/public")
    String index() {
        return "public/index";
    }

    @GetMapping("/public/major-hazards")
    String majorHazards(Model model) {
        model.addAttribute("listed", inspection.publicListedMajorHazards());
        return "public/major-hazards";
    }

    @GetMapping("/public/dishonesty")
    String dishonesty(Model model) {
        model.addAttribute("records", accountability.publicDishonestyList());
        return "public/dishonesty";
    }

    @GetMapping("/public/campaigns")
    String campaigns(Model model) {
        LocalDate today = LocalDate.parse(Formats.today());
        model.addAttribute("entries", training.publicCalendar(today.minusDays(60), today.plusDays(120)));
        return "public/campaigns";
    }

    /** A published draw by its plan number (一公开): units drawn and inspectors, re-checkable from the seed. */
    @GetMapping("/public/plans")
    String plan(@RequestParam(required = false) String id, Model model) {
        if (id != null && !id.isBlank()) {
            model.addAttribute("plan", inspection.publicPlan(id.trim()));
        }
        return "public/plans";
    }
}
