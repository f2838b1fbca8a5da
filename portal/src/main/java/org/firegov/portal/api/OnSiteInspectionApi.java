package org.firegov.portal.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** inspection-service's on-site inspections with checklists (监督检查), and their public results (一公开). */
@Component
public final class OnSiteInspectionApi {

    private final Api api;

    OnSiteInspectionApi(ServiceApis apis) {
        this.api = apis.inspection();
    }

    public List<Map<String, Object>> inspections() {
        return api.items(uri -> uri.path("/api/inspection/inspections").queryParam("size", 100).build());
    }

    public Map<String, Object> inspection(String inspectionId) {
        return api.object(uri -> uri.path("/api/inspection/inspections/{id}").build(inspectionId));
    }

    /** Starts an inspection at a unit with the category's current checklist; the answer's {@code inspectionId}. */
    public String start(Map<String, Object> inspection) {
        return String.valueOf(api.post("/api/inspection/inspections", inspection).get("inspectionId"));
    }

    /** {@code findings}: {@code {itemCode, result, note}} each; a finding may be corrected until completion. */
    public void recordFindings(String inspectionId, List<Map<String, Object>> findings) {
        api.post("/api/inspection/inspections/{id}/findings", Map.of("findings", findings), inspectionId);
    }

    public String raiseHazard(String inspectionId, String itemCode, String description, boolean major) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("description", description == null || description.isBlank() ? null : description);
        body.put("major", major);
        return String.valueOf(api.post("/api/inspection/inspections/{id}/findings/{code}/hazard", body, inspectionId,
                itemCode).get("hazardId"));
    }

    public void complete(String inspectionId) {
        api.post("/api/inspection/inspections/{id}/completion", Map.of(), inspectionId);
    }

    /** Completed inspections, public fields only (no token is sent for anonymous visitors). */
    public List<Map<String, Object>> publicResults(String planId) {
        return api.items(uri -> uri.path("/api/inspection/public/inspections").queryParam("size", 100)
                .queryParamIfPresent("planId", Optional.ofNullable(planId).filter(id -> !id.isBlank())).build());
    }
}
