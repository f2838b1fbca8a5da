package org.firegov.portal.brigade;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.firegov.portal.api.InfrastructureApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Hydrants and water sources (消火栓和取水设施): how many are in service, damaged or out of service per town, and the
 * list (narrowed by town and status) with a link to the same hydrants as GeoJSON for a map. The brigade's page; the
 * committee, departments and towns read it as infrastructure lets them (a town: its own).
 */
@Controller
class HydrantsController {

    /** The hydrant statuses in the order the table shows them (完好, 损坏, 停用). */
    static final List<String> STATUSES = List.of("IN_SERVICE", "DAMAGED", "OUT_OF_SERVICE");

    private final InfrastructureApi infrastructure;

    HydrantsController(InfrastructureApi infrastructure) {
        this.infrastructure = infrastructure;
    }

    @GetMapping("/portal/hydrants")
    String hydrants(@RequestParam(required = false) String town, @RequestParam(required = false) String status,
                    Model model) {
        String townFilter = town == null || town.isBlank() ? null : town;
        String statusFilter = status == null || status.isBlank() ? null : status;
        List<Map<String, Object>> all = infrastructure.allHydrants(null, null);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("byTown", counts(all, hydrant -> String.valueOf(hydrant.get("town"))));
        model.addAttribute("county", counts(all, hydrant -> "county").getOrDefault("county", zero()));
        model.addAttribute("hydrants", townFilter == null && statusFilter == null ? all
                : infrastructure.allHydrants(townFilter, statusFilter));
        model.addAttribute("town", townFilter);
        model.addAttribute("status", statusFilter);
        return "brigade/hydrants";
    }

    /** Per group (in key order): the count per status and {@code total}. */
    private static Map<String, Map<String, Integer>> counts(List<Map<String, Object>> hydrants,
                                                            Function<Map<String, Object>, String> group) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (Map<String, Object> hydrant : hydrants) {
            Map<String, Integer> line = counts.computeIfAbsent(group.apply(hydrant), key -> zero());
            line.merge(String.valueOf(hydrant.get("status")), 1, Integer::sum);
            line.merge("total", 1, Integer::sum);
        }
        return counts;
    }

    private static Map<String, Integer> zero() {
        Map<String, Integer> zero = new LinkedHashMap<>();
        STATUSES.forEach(status -> zero.put(status, 0));
        zero.put("total", 0);
        return zero;
    }
}
