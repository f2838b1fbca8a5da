package org.firegov.portal.api;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * inspection-service's triage of citizens' reports (群众举报) given by address: the brigade places one at a unit (it
 * becomes a hazard there) or dismisses it with a reason.
 */
@Component
public final class CitizenReportApi {

    private static final String PATH = "/api/inspection/citizen-reports";

    private final Api api;

    CitizenReportApi(ServiceApis apis) {
        this.api = apis.inspection();
    }

    public List<Map<String, Object>> unplaced() {
        return api.items(uri -> uri.path(PATH).queryParam("status", "UNPLACED").queryParam("size", 100).build());
    }

    public Map<String, Object> report(String reportId) {
        return api.object(uri -> uri.path(PATH + "/{id}").build(reportId));
    }

    /** The answer's {@code hazardId}. */
    public String place(String reportId, String unitId) {
        return String.valueOf(api.post(PATH + "/{id}/placement", Map.of("unitId", unitId), reportId).get("hazardId"));
    }

    public void dismiss(String reportId, String reason) {
        api.post(PATH + "/{id}/dismissal", Map.of("reason", reason), reportId);
    }
}
