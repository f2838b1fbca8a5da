package org.firegov.portal.brigade;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.firegov.portal.api.InspectionApi;
import org.firegov.portal.web.Htmx;
import org.firegov.portal.web.Settle;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Double-random, one-public inspection plans (双随机、一公开): the brigade creates one (the draw happens at once),
 * looks at the drawn units and inspectors, and publishes it.
 */
@Controller
class PlanController {

    private final InspectionApi inspection;

    PlanController(InspectionApi inspection) {
        this.inspection = inspection;
    }

    @PostMapping("/portal/plans")
    ResponseEntity<Void> create(@RequestParam String name,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodFrom,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodTo,
                                @RequestParam int sampleSize, @RequestParam String inspectors,
                                @RequestParam(required = false) String towns) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("name", name);
        plan.put("periodFrom", periodFrom.toString());
        plan.put("periodTo", periodTo.toString());
        plan.put("sampleSize", sampleSize);
        plan.put("inspectors", lines(inspectors).stream().map(inspector -> Map.of("name", inspector)).toList());
        if (towns != null && !towns.isBlank()) {
            plan.put("towns", lines(towns));
        }
        String planId = String.valueOf(inspection.createPlan(plan).get("planId"));
        Settle.until(() -> inspection.plan(planId) != null);
        return Htmx.redirect("/portal/plans/" + planId, "drawn");
    }

    @GetMapping("/portal/plans/{planId}")
    String plan(@PathVariable String planId, Model model) {
        model.addAttribute("plan", inspection.plan(planId));
        return "brigade/plan";
    }

    /** 一公开. */
    @PostMapping("/portal/plans/{planId}/publish")
    ResponseEntity<Void> publish(@PathVariable String planId) {
        inspection.publishPlan(planId);
        Settle.until(() -> Boolean.TRUE.equals(inspection.plan(planId).get("published")));
        return Htmx.redirect("/portal/plans/" + planId, "published");
    }

    /** One entry per line or comma (inspector names, town codes). */
    private static List<String> lines(String text) {
        return Arrays.stream(text.split("[\\n,，]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
