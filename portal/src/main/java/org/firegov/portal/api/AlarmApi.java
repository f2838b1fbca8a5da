package org.firegov.portal.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** inspection-service's IoT alarms (物联网报警): the list in the user's scope, acknowledgement and resolution. */
@Component
public final class AlarmApi {

    private final Api api;

    AlarmApi(ServiceApis apis) {
        this.api = apis.inspection();
    }

    public List<Map<String, Object>> alarms(String status) {
        return api.items(uri -> uri.path("/api/inspection/iot/alarms").queryParam("size", 100)
                .queryParamIfPresent("status", Optional.ofNullable(status).filter(s -> !s.isBlank())).build());
    }

    public Map<String, Object> alarm(String alarmId) {
        return api.object(uri -> uri.path("/api/inspection/iot/alarms/{id}").build(alarmId));
    }

    /** 报警核查: {@code FIRE}, {@code HAZARD} (a hazard is reported at the unit) or {@code FALSE_ALARM}. */
    public void acknowledge(String alarmId, String verdict, String note) {
        api.post("/api/inspection/iot/alarms/{id}/acknowledgement", Map.of("verdict", verdict, "note", note), alarmId);
    }

    public void resolve(String alarmId, String note) {
        api.post("/api/inspection/iot/alarms/{id}/resolution", Map.of("note", note), alarmId);
    }
}
