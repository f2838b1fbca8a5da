package org.firegov.portal.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** infrastructure-service (公共消防基础设施): hydrants and their rates, key projects. */
@Component
public final class InfrastructureApi {

    private final Api api;

    InfrastructureApi(ServiceApis apis) {
        this.api = apis.infrastructure();
    }

    public List<Map<String, Object>> hydrants() {
        return api.items(uri -> uri.path("/api/infrastructure/hydrants").queryParam("size", 200).build());
    }

    /** Pages walked at most for {@link #allHydrants} (200 each). */
    static final int MAX_PAGES = 50;

    /**
     * Every hydrant the user may see (a town: its own), walking the API's pages; {@code town} and {@code status}
     * narrow it (null: no filter). Sorted by town and road, as the API sorts.
     */
    public List<Map<String, Object>> allHydrants(String town, String status) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            int number = page;
            List<Map<String, Object>> items = api.items(uri -> uri.path("/api/infrastructure/hydrants")
                    .queryParam("size", 200).queryParam("page", number)
                    .queryParamIfPresent("town", Optional.ofNullable(town))
                    .queryParamIfPresent("status", Optional.ofNullable(status)).build());
            all.addAll(items);
            if (items.size() < 200) {
                break;
            }
        }
        return all;
    }

    /**
     * Key-project milestones planned against done, per year (重点工程计划与完成): {@code {asOf, overall[], projects[{
     * projectId, name, responsibleParty, years[]}]}}, each year {@code {year, planned, onTime, late, open, overdue,
     * completedInYear}}.
     */
    public Map<String, Object> planVsActual() {
        return api.object(uri -> uri.path("/api/infrastructure/projects/plan-vs-actual").build());
    }

    /** {@code {targets, county, towns[]}}: coverage and intact rates per town. */
    public Map<String, Object> hydrantRates() {
        return api.object(uri -> uri.path("/api/infrastructure/hydrant-rates").build());
    }

    public List<Map<String, Object>> projects() {
        return api.list(uri -> uri.path("/api/infrastructure/projects").build());
    }
}
