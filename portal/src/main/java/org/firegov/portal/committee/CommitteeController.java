package org.firegov.portal.committee;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.firegov.portal.api.AccountabilityApi;
import org.firegov.portal.api.IncidentApi;
import org.firegov.portal.api.InspectionApi;
import org.firegov.portal.api.TrainingApi;
import org.firegov.portal.web.Formats;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The committee's dashboard (消防安全委员会): the year's live scores of towns and departments, ranked, as a table and
 * a chart; open and major hazards per town and department; listed major hazards; the year's fires per town; the
 * awareness survey's rates per town and for the county (知晓率); drill-down to each party's indicators and the facts
 * behind them. The brigade reads the same figures.
 */
@Controller
@RequestMapping("/portal/committee")
class CommitteeController {

    private final AccountabilityApi accountability;
    private final InspectionApi inspection;
    private final IncidentApi incidents;
    private final TrainingApi training;
    private final ObjectMapper json;

    CommitteeController(AccountabilityApi accountability, InspectionApi inspection, IncidentApi incidents,
                        TrainingApi training, ObjectMapper json) {
        this.accountability = accountability;
        this.inspection = inspection;
        this.incidents = incidents;
        this.training = training;
        this.json = json;
    }

    /** @param survey the awareness survey whose results are shown (知晓率); the newest when none is chosen */
    @GetMapping
    String dashboard(@RequestParam(required = false) Integer year, @RequestParam(required = false) String survey,
                     Model model) throws JsonProcessingException {
        int shown = year != null ? year : Formats.thisYear();
        List<Map<String, Object>> scores = accountability.scores(shown);
        model.addAttribute("year", shown);
        model.addAttribute("towns", ofKind(scores, "TOWN"));
        model.addAttribute("departments", ofKind(scores, "DEPARTMENT"));
        model.addAttribute("chart", json.writeValueAsString(chart(scores)));
        model.addAttribute("openHazards", accountability.openHazards());
        model.addAttribute("listed", inspection.publicListedMajorHazards());
        model.addAttribute("fires", incidents.statistics(shown));
        List<Map<String, Object>> surveys = training.surveys();
        String shownSurvey = survey != null ? survey
                : surveys.isEmpty() ? null : String.valueOf(surveys.get(0).get("surveyId"));
        model.addAttribute("surveys", surveys);
        model.addAttribute("awareness", shownSurvey == null ? null : training.surveyResults(shownSurvey));
        return "committee/dashboard";
    }

    @GetMapping("/scores/{kind}/{code}")
    String party(@PathVariable String kind, @PathVariable String code, @RequestParam(required = false) Integer year,
                 Model model) {
        int shown = year != null ? year : Formats.thisYear();
        model.addAttribute("year", shown);
        model.addAttribute("score", accountability.score(kind, code, shown));
        return "committee/party";
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> ofKind(List<Map<String, Object>> scores, String kind) {
        return scores.stream()
                .filter(score -> kind.equals(((Map<String, Object>) score.get("party")).get("kind")))
                .sorted((a, b) -> Integer.compare(((Number) a.get("rank")).intValue(),
                        ((Number) b.get("rank")).intValue()))
                .toList();
    }

    /** The chart's data: one series per kind, parties by rank (names in both languages; the page picks one). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> chart(List<Map<String, Object>> scores) {
        Map<String, Object> chart = new LinkedHashMap<>();
        for (String kind : List.of("TOWN", "DEPARTMENT")) {
            List<Map<String, Object>> rows = ofKind(scores, kind).stream().map(score -> {
                Map<String, Object> party = (Map<String, Object>) score.get("party");
                return Map.<String, Object>of("zh", party.get("nameZh"), "en", party.get("nameEn"),
                        "total", score.get("total"), "grade", String.valueOf(score.get("grade")));
            }).toList();
            chart.put(kind, rows);
        }
        return chart;
    }
}
