package org.firegov.portal.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** accountability-service (消防安全责任制): scores, open hazards, responsibility tasks, the dishonesty list. */
@Component
public final class AccountabilityApi {

    private final Api api;

    AccountabilityApi(ServiceApis apis) {
        this.api = apis.accountability();
    }

    public List<Map<String, Object>> scores(int year) {
        return api.list(uri -> uri.path("/api/accountability/scores").queryParam("year", year).build());
    }

    /** One party's score with the ids of the facts behind each indicator (drill-down). */
    public Map<String, Object> score(String kind, String code, int year) {
        return api.object(uri -> uri.path("/api/accountability/scores/{kind}/{code}").queryParam("year", year)
                .build(kind, code));
    }

    /** The party's score at the end of each quarter begun (季度走势). */
    public List<Map<String, Object>> trend(String kind, String code, int year) {
        return api.list(uri -> uri.path("/api/accountability/scores/{kind}/{code}/trend").queryParam("year", year)
                .build(kind, code));
    }

    /**
     * The committee view (考核总览) of a year: {@code {year, schemeId, rows[{party, rank, total, grade, points{code:
     * points}, trend[{quarter, asOf, complete, points{code: points}, …}]}]}}, only the parties the user may see.
     */
    public Map<String, Object> committeeView(int year) {
        return api.object(uri -> uri.path("/api/accountability/committee-view").queryParam("year", year).build());
    }

    /** An assessment scheme with its indicators ({@code code, name, weight}); every assessed party may read it. */
    public Map<String, Object> scheme(String schemeId) {
        return api.object(uri -> uri.path("/api/accountability/schemes/{id}").build(schemeId));
    }

    /** The plan's quantified targets with value and status (规划实施监测), as of today. */
    public List<Map<String, Object>> planTargets() {
        return api.list(uri -> uri.path("/api/accountability/plan-targets").build());
    }

    /**
     * The plan's acceptance report of a stage ({@code MIDTERM} 中期评估 as of the end of 2023, {@code FINAL} 终期验收
     * as of the end of 2025): {@code {stage, asOf, provisional, summary{status: count}, targets[]}}.
     */
    public Map<String, Object> planReport(String stage) {
        return api.object(uri -> uri.path("/api/accountability/plan-targets/report/{stage}").build(stage));
    }

    public Map<String, Object> openHazards() {
        return api.object(uri -> uri.path("/api/accountability/open-hazards").build());
    }

    public List<Map<String, Object>> tasks(String status) {
        return api.items(uri -> uri.path("/api/accountability/tasks").queryParam("size", 200)
                .queryParamIfPresent("status", Optional.ofNullable(status)).build());
    }

    public Map<String, Object> task(String taskId) {
        return api.object(uri -> uri.path("/api/accountability/tasks/{id}").build(taskId));
    }

    public void completeTask(String taskId, String evidence) {
        api.post("/api/accountability/tasks/{id}/completion", Map.of("evidence", evidence), taskId);
    }

    public List<Map<String, Object>> publicDishonestyList() {
        return api.list(uri -> uri.path("/api/accountability/public/dishonesty-list").build());
    }
}
