package org.firegov.portal.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** inspection-service's self-inspections (单位自查): the unit's checklist form, its submissions. */
@Component
public final class SelfInspectionApi {

    private final Api api;

    SelfInspectionApi(ServiceApis apis) {
        this.api = apis.inspection();
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
     * Self-inspection coverage (自查覆盖率) in the user's scope for a month ({@code period=2026-05}) or a half year
     * ({@code half=2026-H1}): {@code {period, total, perTown[], perDepartment[]}}, each row {@code {key, active,
     * submitted, rate (0–1), missing[unitId]}}.
     */
    public Map<String, Object> coverage(String period, String half) {
        return api.object(uri -> uri.path("/api/inspection/self-inspections/coverage")
                .queryParamIfPresent("period", Optional.ofNullable(period))
                .queryParamIfPresent("half", Optional.ofNullable(half)).build());
    }

    /**
     * The units in scope that missed a half year (recorded once it is over): {@code {half, missed, perTown[],
     * perDepartment[]}}, each row {@code {key, missed, units[unitId]}}.
     */
    public Map<String, Object> missed(String half) {
        return api.object(uri -> uri.path("/api/inspection/self-inspections/missed").queryParam("half", half).build());
    }

    /**
     * {@code {period: yyyy-MM, answers[{itemCode, result, note}], commitment, riskDeclaration}}; the answer's
     * {@code submissionId}.
     */
    public String submit(Map<String, Object> submission) {
        return String.valueOf(api.post("/api/inspection/self-inspections", submission).get("submissionId"));
    }
}
