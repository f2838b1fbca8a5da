package org.firegov.portal.unit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.firegov.portal.api.SelfInspectionApi;
import org.firegov.portal.web.ChecklistAnswers;
import org.firegov.portal.web.Formats;
import org.firegov.portal.web.Htmx;
import org.firegov.portal.web.Settle;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The unit's self-inspection (单位自查, 自知、自查、自改): its checklist with a result and a note per item, the public
 * commitment (公示承诺), an optional risk declaration (风险申报), the month; and its past submissions. Which checklist
 * and whose submissions are inspection-service's decision, from the unit's token; failed items become hazards there.
 */
@Controller
@RequestMapping("/portal/unit/self-inspection")
class SelfInspectionController {

    private static final String PAGE = "/portal/unit/self-inspection";

    private final SelfInspectionApi selfInspections;

    SelfInspectionController(SelfInspectionApi selfInspections) {
        this.selfInspections = selfInspections;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("form", selfInspections.form());
        model.addAttribute("submissions", selfInspections.submissions());
        model.addAttribute("thisMonth", Formats.today().substring(0, 7));
        return "unit/self-inspection";
    }

    /** The form sends {@code period}, {@code commitment}, {@code riskDeclaration} and per item a result and a note. */
    @PostMapping
    ResponseEntity<Void> submit(@RequestParam MultiValueMap<String, String> form) {
        Map<String, Object> submission = new LinkedHashMap<>();
        submission.put("period", form.getFirst("period"));
        submission.put("answers", ChecklistAnswers.of(form));
        submission.put("commitment", form.getFirst("commitment"));
        String declaration = form.getFirst("riskDeclaration");
        submission.put("riskDeclaration", declaration == null || declaration.isBlank() ? null : declaration);
        String submissionId = selfInspections.submit(submission);
        Settle.until(() -> selfInspections.submissions().stream()
                .anyMatch(submitted -> submissionId.equals(submitted.get("submissionId"))));
        return Htmx.redirect(PAGE, "self-inspection-submitted");
    }
}
