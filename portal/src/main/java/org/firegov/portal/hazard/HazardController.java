package org.firegov.portal.hazard;

import java.time.LocalDate;
import java.util.List;

import org.firegov.portal.api.InspectionApi;
import org.firegov.portal.web.Formats;
import org.firegov.portal.web.Htmx;
import org.firegov.portal.web.Settle;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * One hazard (火灾隐患) for every role: its state, its history, and the step the viewer may take next — the brigade
 * orders and verifies, the unit submits its rectification, the committee lists a major hazard. Whether the viewer
 * may see or act on it at all is inspection-service's decision (outside their area: 404, shown as such).
 */
@Controller
@RequestMapping("/portal/hazards/{hazardId}")
class HazardController {

    private final InspectionApi inspection;

    HazardController(InspectionApi inspection) {
        this.inspection = inspection;
    }

    @GetMapping
    String hazard(@PathVariable String hazardId, Model model) {
        model.addAttribute("hazard", inspection.hazard(hazardId));
        model.addAttribute("history", inspection.history(hazardId));
        model.addAttribute("today", Formats.today());
        return "hazard";
    }

    /** 责令限期整改. */
    @PostMapping("/order")
    ResponseEntity<Void> order(@PathVariable String hazardId, @RequestParam(required = false) String requirement,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {
        inspection.orderRectification(hazardId, requirement, Formats.endOfDay(deadline));
        settleAt(hazardId, "RECTIFICATION_ORDERED");
        return Htmx.redirect("/portal/hazards/" + hazardId, "ordered");
    }

    /**
     * The unit reports what it did (整改情况), optionally with photos or a PDF as evidence (整改佐证); a file input
     * left empty arrives as an empty part and is dropped.
     */
    @PostMapping("/rectification")
    ResponseEntity<Void> rectify(@PathVariable String hazardId, @RequestParam String description,
                                 @RequestParam(name = "files", required = false) List<MultipartFile> files) {
        List<MultipartFile> evidence = files == null ? List.of()
                : files.stream().filter(file -> !file.isEmpty()).toList();
        inspection.submitRectification(hazardId, description, evidence);
        settleAt(hazardId, "RECTIFICATION_SUBMITTED");
        return Htmx.redirect("/portal/hazards/" + hazardId, "submitted");
    }

    /** 复查合格. */
    @PostMapping("/pass")
    ResponseEntity<Void> pass(@PathVariable String hazardId, @RequestParam(required = false) String note) {
        inspection.passVerification(hazardId, note);
        settleAt(hazardId, "CLOSED");
        return Htmx.redirect("/portal/hazards/" + hazardId, "verified");
    }

    /** 复查不合格: back to rectification with a new deadline. */
    @PostMapping("/reject")
    ResponseEntity<Void> reject(@PathVariable String hazardId, @RequestParam String reason,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {
        inspection.rejectVerification(hazardId, reason, Formats.endOfDay(deadline));
        settleAt(hazardId, "RECTIFICATION_ORDERED");
        return Htmx.redirect("/portal/hazards/" + hazardId, "rejected");
    }

    /** 挂牌督办 of a major hazard, by the committee. */
    @PostMapping("/listing")
    ResponseEntity<Void> list(@PathVariable String hazardId, @RequestParam String document,
                              @RequestParam String reason) {
        inspection.listMajorHazard(hazardId, document, reason);
        Settle.until(() -> Boolean.TRUE.equals(inspection.hazard(hazardId).get("listed")));
        return Htmx.redirect("/portal/hazards/" + hazardId, "listed");
    }

    private void settleAt(String hazardId, String stage) {
        Settle.until(() -> stage.equals(inspection.hazard(hazardId).get("stage")));
    }
}
