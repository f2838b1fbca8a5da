package org.firegov.portal.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** inspection-service's incidents (火灾/警情): recorded ones and the figures per year, the plan's 2016–2020 history included. */
@Component
public final class IncidentApi {

    /** The first year of the plan's history (its Table 1 and 2). */
    public static final int HISTORY_FROM = 2016;

    private final Api api;

    IncidentApi(ServiceApis apis) {
        this.api = apis.inspection();
    }

    /** {@code byYear} and {@code byTown} within the user's scope (towns see no county-wide history). */
    public Map<String, Object> statistics() {
        return api.object(uri -> uri.path("/api/inspection/incidents/statistics").queryParam("from", HISTORY_FROM)
                .build());
    }

    /** The figures of one year: {@code byYear} (that year) and {@code byTown} (its recorded incidents per town). */
    public Map<String, Object> statistics(int year) {
        return api.object(uri -> uri.path("/api/inspection/incidents/statistics").queryParam("from", year)
                .queryParam("to", year).build());
    }

    public List<Map<String, Object>> incidents(Integer year) {
        return api.items(uri -> uri.path("/api/inspection/incidents").queryParam("size", 100)
                .queryParamIfPresent("year", Optional.ofNullable(year)).build());
    }

    public Map<String, Object> incident(String incidentId) {
        return api.object(uri -> uri.path("/api/inspection/incidents/{id}").build(incidentId));
    }

    /** Records a fire or call-out (火灾/警情); the answer's {@code incidentId}. */
    public String record(Map<String, Object> incident) {
        return String.valueOf(api.post("/api/inspection/incidents", incident).get("incidentId"));
    }
}
