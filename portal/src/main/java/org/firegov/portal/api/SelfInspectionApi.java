package org.firegov.portal.api;

import java.util.List;
import java.util.Map;

/** inspection-service's self-inspections (单位自查): the unit's checklist form, its submissions. */
public final class SelfInspectionApi {

    private final Api api;

    SelfInspectionApi(Api api) {
        this.api = api;
    }

    /** The checklist the calling unit fills in ({@code {templateId, title, items[{code, text}]}}). */
    public Map<String, Object> form() {
        return api.object(uri -> uri.path("/api/inspection/self-inspections/form").build());
    }

    /** Submissions the user may see, newest month first (a unit: its own). */
    public List<Map<String, Object>> submissions() {
        return api.items(uri -> uri.path("/api/inspection/self-inspections").queryParam("size", 100).build());
    }

    /**
     * {@code {period: yyyy-MM, answers[{itemCode, result, note}], commitment, riskDeclaration}}; the answer's
     * {@code submissionId}.
     */
    public String submit(Map<String, Object> submission) {
        return String.valueOf(api.post("/api/inspection/self-inspections", submission).get("submissionId"));
    }
}
