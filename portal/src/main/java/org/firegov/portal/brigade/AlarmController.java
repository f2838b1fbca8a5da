package org.firegov.portal.brigade;

import org.firegov.portal.api.AlarmApi;
import org.firegov.portal.web.Htmx;
import org.firegov.portal.web.Settle;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * IoT alarms (物联网报警) in the viewer's scope: the brigade (and a unit, its own) acknowledges an alarm with a verdict
 * (报警核查) and resolves it. The service decides who may; the page shows its answer.
 */
@Controller
class AlarmController {

    private final AlarmApi alarms;

    AlarmController(AlarmApi alarms) {
        this.alarms = alarms;
    }

    @GetMapping("/portal/alarms")
    String list(@RequestParam(required = false) String status, Model model) {
        model.addAttribute("alarms", alarms.alarms(status));
        model.addAttribute("status", status == null ? "" : status);
        return "brigade/alarms";
    }

    @PostMapping("/portal/alarms/{alarmId}/acknowledgement")
    ResponseEntity<Void> acknowledge(@PathVariable String alarmId, @RequestParam String verdict,
                                     @RequestParam(defaultValue = "") String note) {
        alarms.acknowledge(alarmId, verdict, note);
        Settle.until(() -> !"RAISED".equals(alarms.alarm(alarmId).get("status")));
        return Htmx.redirect("/portal/alarms", "alarm-acknowledged");
    }

    @PostMapping("/portal/alarms/{alarmId}/resolution")
    ResponseEntity<Void> resolve(@PathVariable String alarmId, @RequestParam(defaultValue = "") String note) {
        alarms.resolve(alarmId, note);
        Settle.until(() -> "RESOLVED".equals(alarms.alarm(alarmId).get("status")));
        return Htmx.redirect("/portal/alarms", "alarm-resolved");
    }
}
