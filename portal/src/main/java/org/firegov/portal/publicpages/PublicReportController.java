package org.firegov.portal.publicpages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.firegov.portal.api.ApiProblem;
import org.firegov.portal.api.PublicReportApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Report a hazard" (群众举报) without sign-in: the page carries a signed form token and a honeypot field, the place
 * is a registered unit found by name or credit code or else an address, the receipt is a tracking code, and
 * {@code /public/report/status} looks the stage up by it. Refusals (too fast, expired form, too many requests, …)
 * are shown next to the form, naming the report's fields in the reporter's words.
 */
@Controller
class PublicReportController {

    static final List<String> TOWNS = List.of("fenghuang", "xiabao", "tongcheng", "dahe", "yulin", "bailu",
            "hongchiba", "baiyang", "zhaojia");

    private final PublicReportApi reports;

    PublicReportController(PublicReportApi reports) {
        this.reports = reports;
    }

    @GetMapping("/public/report")
    String form(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("formToken", reports.formToken());
        model.addAttribute("towns", TOWNS);
        model.addAttribute("q", q);
        model.addAttribute("units", q == null || q.isBlank() ? null : reports.units(q.strip()));
        return "public/report";
    }

    /** The units matching the search, as radio buttons in the form (htmx). */
    @GetMapping("/public/report/units")
    String units(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("units", q.isBlank() ? List.of() : reports.units(q.strip()));
        return "public/report :: units";
    }

    @PostMapping("/public/report")
    String file(@RequestParam(defaultValue = "") String formToken, @RequestParam(defaultValue = "") String homepage,
                @RequestParam(defaultValue = "") String unitId, @RequestParam(defaultValue = "") String town,
                @RequestParam(defaultValue = "") String address, @RequestParam(defaultValue = "") String description,
                @RequestParam(defaultValue = "") String contact, HttpServletResponse response, Model model) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("formToken", formToken);
        report.put("homepage", homepage);
        if (!unitId.isBlank()) {
            report.put("unitId", unitId);
        } else {
            report.put("town", town.isBlank() ? null : town);
            report.put("address", address);
        }
        report.put("description", description);
        report.put("contact", contact.isBlank() ? null : contact);
        try {
            model.addAttribute("receipt", reports.file(report));
            return "public/report :: receipt";
        } catch (ApiProblem refused) {
            response.setStatus(refused.status() >= 500 ? 502 : refused.status());
            model.addAttribute("problem", refused);
            model.addAttribute("fieldLabels", "report.field.");
            return "fragments/problem :: problem";
        }
    }

    @GetMapping("/public/report/status")
    String status(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("code", code);
        if (code != null && !code.isBlank()) {
            try {
                model.addAttribute("status", reports.status(code.strip()));
            } catch (ApiProblem problem) {
                if (problem.status() != 404) {
                    throw problem;
                }
                model.addAttribute("unknown", true);
            }
        }
        return "public/report-status";
    }
}
