package org.firegov.portal.api;

import java.util.List;
import java.util.Map;

/** infrastructure-service (公共消防基础设施): hydrants and their rates, key projects. */
public final class InfrastructureApi {

    private final Api api;

    InfrastructureApi(Api api) {
        this.api = api;
    }

    public List<Map<String, Object>> hydrants() {
        return api.items(uri -> uri.path("/api/infrastructure/hydrants").queryParam("size", 200).build());
    }

    /** {@code {targets, county, towns[]}}: coverage and intact rates per town. */
    public Map<String, Object> hydrantRates() {
        return api.object(uri -> uri.path("/api/infrastructure/hydrant-rates").build());
    }

    public List<Map<String, Object>> projects() {
        return api.list(uri -> uri.path("/api/infrastructure/projects").build());
    }
}
