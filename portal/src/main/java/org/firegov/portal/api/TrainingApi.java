package org.firegov.portal.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** training-service (宣传教育培训): campaigns, the public campaign calendar, evacuation drills. */
public final class TrainingApi {

    private final Api api;

    TrainingApi(Api api) {
        this.api = api;
    }

    public List<Map<String, Object>> campaigns() {
        return api.items(uri -> uri.path("/api/training/campaigns").queryParam("size", 100).build());
    }

    public List<Map<String, Object>> drills() {
        return api.list(uri -> uri.path("/api/training/drills").build());
    }

    public List<Map<String, Object>> publicCalendar(LocalDate from, LocalDate to) {
        return api.items(uri -> uri.path("/api/training/public/campaign-calendar").queryParam("from", from)
                .queryParam("to", to).build());
    }
}
