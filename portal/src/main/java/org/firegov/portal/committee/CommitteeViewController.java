package org.firegov.portal.committee;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.firegov.portal.api.AccountabilityApi;
import org.firegov.portal.web.Formats;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Points per indicator per quarter (考核总览 by indicator): for each indicator of the year's scheme, a table of the
 * visible towns and departments by quarter with a chart of the same figures. Linked from the dashboard; a
 * department or town sees only its own line (the API decides).
 */
@Controller
class CommitteeViewController {

    private final AccountabilityApi accountability;
    private final ObjectMapper json;

    CommitteeViewController(AccountabilityApi accountability, ObjectMapper json) {
        this.accountability = accountability;
        this.json = json;
    }

    @GetMapping("/portal/committee/indicators")
    @SuppressWarnings("unchecked")
    String indicators(@RequestParam(required = false) Integer year, Model model) {
        int shown = year != null ? year : Formats.thisYear();
        Map<String, Object> view = accountability.committeeView(shown);
        List<Map<String, Object>> rows = (List<Map<String, Object>>) view.getOrDefault("rows", List.of());
        Object schemeId = view.get("schemeId");
        List<Map<String, Object>> indicators = schemeId == null ? List.of()
                : (List<Map<String, Object>>) accountability.scheme(schemeId.toString())
                .getOrDefault("indicators", List.of());
        List<IndicatorQuarters.Quarter> quarters = IndicatorQuarters.quarters(rows);
        model.addAttribute("year", shown);
        model.addAttribute("schemeId", schemeId);
        model.addAttribute("quarters", quarters);
        model.addAttribute("tables", IndicatorQuarters.tables(indicators, rows, quarters, this::toJson));
        return "committee/indicators";
    }

    private String toJson(Object chart) {
        try {
            return json.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart data not serialisable", e);
        }
    }
}
