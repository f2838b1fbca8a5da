package org.firegov.portal.brigade;

import java.util.LinkedHashMap;
import java.util.Map;

import org.firegov.portal.api.IncidentApi;
import org.firegov.portal.web.Formats;
import org.firegov.portal.web.Htmx;
import org.firegov.portal.web.Settle;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Fires and call-outs (火灾/警情) in the viewer's scope; the brigade records one with the form, and the list it is sent
 * back to already shows it (inspection's read model follows the command within moments).
 */
@Controller
class IncidentController {

    private final IncidentApi incidents;

    IncidentController(IncidentApi incidents) {
        this.incidents = incidents;
    }

    @GetMapping("/portal/incidents")
    String list(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("incidents", incidents.incidents(year));
        model.addAttribute("today", Formats.today());
        return "brigade/incidents";
    }

    @PostMapping("/portal/incidents")
    ResponseEntity<Void> record(@RequestParam(defaultValue = "") String town,
                                @RequestParam(defaultValue = "") String unitId, @RequestParam String occurredOn,
                                @RequestParam String kind, @RequestParam(defaultValue = "") String cause,
                                @RequestParam(defaultValue = "false") boolean major,
                                @RequestParam(defaultValue = "0") String deaths,
                                @RequestParam(defaultValue = "0") String injuries,
                                @RequestParam(defaultValue = "0") String directLossYuan) {
        Map<String, Object> incident = new LinkedHashMap<>();
        incident.put("town", town.isBlank() ? null : town);
        incident.put("unitId", unitId.isBlank() ? null : unitId.trim());
        incident.put("occurredOn", occurredOn);
        incident.put("kind", kind);
        incident.put("cause", cause.isBlank() ? null : cause);
        incident.put("major", major);
        incident.put("deaths", deaths);
        incident.put("injuries", injuries);
        incident.put("directLossYuan", directLossYuan);
        String incidentId = incidents.record(incident);
        Settle.until(() -> incidents.incident(incidentId) != null);
        return Htmx.redirect("/portal/incidents", "incident-recorded");
    }
}
