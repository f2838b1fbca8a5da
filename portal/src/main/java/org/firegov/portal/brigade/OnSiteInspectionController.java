package org.firegov.portal.brigade;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.firegov.portal.api.OnSiteInspectionApi;
import org.firegov.portal.web.ChecklistAnswers;
import org.firegov.portal.web.Formats;
import org.firegov.portal.web.Htmx;
import org.firegov.portal.web.Settle;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * On-site inspections with checklists (监督检查): the list in the viewer's scope; the brigade starts one at a unit,
 * records a finding per checklist item, raises a hazard from a failed item and completes the inspection.
 */
@Controller
class OnSiteInspectionController {

    private final OnSiteInspectionApi inspections;

    OnSiteInspectionController(OnSiteInspectionApi inspections) {
        this.inspections = inspections;
    }

    @GetMapping("/portal/inspections")
    String list(Model model) {
        model.addAttribute("inspections", inspections.inspections());
        model.addAttribute("today", Formats.today());
        return "brigade/inspections";
    }

    @GetMapping("/portal/inspections/{inspectionId}")
    String show(@PathVariable String inspectionId, Model model) {
        model.addAttribute("inspection", inspections.inspection(inspectionId));
        return "brigade/inspection";
    }

    @PostMapping("/portal/inspections")
    ResponseEntity<Void> start(@RequestParam String unitId, @RequestParam(defaultValue = "") String planId,
                               @RequestParam(defaultValue = "") String inspectors,
                               @RequestParam(defaultValue = "") String inspectedOn) {
        Map<String, Object> inspection = new LinkedHashMap<>();
        inspection.put("unitId", unitId.trim());
        inspection.put("planId", planId.isBlank() ? null : planId.trim());
        List<String> names = Arrays.stream(inspectors.split("[\\n,，、]")).map(String::strip)
                .filter(name -> !name.isEmpty()).toList();
        inspection.put("inspectors", names.isEmpty() ? null : names);
        inspection.put("inspectedOn", inspectedOn.isBlank() ? null : inspectedOn);
        String inspectionId = inspections.start(inspection);
        Settle.until(() -> inspections.inspection(inspectionId) != null);
        return Htmx.redirect("/portal/inspections/" + inspectionId, "inspection-started");
    }

    /** The form sends {@code result.<itemCode>} and {@code note.<itemCode>}; unanswered items are left out. */
    @PostMapping("/portal/inspections/{inspectionId}/findings")
    ResponseEntity<Void> findings(@PathVariable String inspectionId, @RequestParam MultiValueMap<String, String> form) {
        List<Map<String, Object>> findings = ChecklistAnswers.of(form);
        inspections.recordFindings(inspectionId, findings);
        Settle.until(() -> findings.stream().allMatch(finding -> finding.get("result").equals(
                item(inspectionId, (String) finding.get("itemCode")).get("result"))));
        return Htmx.redirect("/portal/inspections/" + inspectionId, "findings-recorded");
    }

    @PostMapping("/portal/inspections/{inspectionId}/findings/{itemCode}/hazard")
    ResponseEntity<Void> raiseHazard(@PathVariable String inspectionId, @PathVariable String itemCode,
                                     @RequestParam(defaultValue = "") String description,
                                     @RequestParam(defaultValue = "false") boolean major) {
        inspections.raiseHazard(inspectionId, itemCode, description, major);
        Settle.until(() -> item(inspectionId, itemCode).get("hazardId") != null);
        return Htmx.redirect("/portal/inspections/" + inspectionId, "hazard-raised");
    }

    @PostMapping("/portal/inspections/{inspectionId}/completion")
    ResponseEntity<Void> complete(@PathVariable String inspectionId) {
        inspections.complete(inspectionId);
        Settle.until(() -> "COMPLETED".equals(inspections.inspection(inspectionId).get("status")));
        return Htmx.redirect("/portal/inspections/" + inspectionId, "inspection-completed");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> item(String inspectionId, String itemCode) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) inspections.inspection(inspectionId)
                .getOrDefault("items", List.of());
        return items.stream().filter(item -> itemCode.equals(item.get("code"))).findFirst().orElse(Map.of());
    }
}
