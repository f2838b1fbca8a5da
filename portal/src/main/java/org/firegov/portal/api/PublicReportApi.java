package org.firegov.portal.api;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * inspection-service's public "report a hazard" API (群众举报), called without a token; the browser's address goes
 * along in {@code X-Forwarded-For} (see {@link Api}), so the service's rate limit counts each reporter.
 */
@Component
public final class PublicReportApi {

    private static final String PATH = "/api/inspection/public/reports";

    private final Api api;

    PublicReportApi(ServiceApis apis) {
        this.api = apis.inspection();
    }

    /** A signed form token ({@code formToken, notBefore, expiresAt}); the form may be sent a few seconds later. */
    public String formToken() {
        return String.valueOf(api.object(uri -> uri.path(PATH + "/form").build()).get("formToken"));
    }

    /** Registered units by a part of the name or the credit code: {@code unitId, name, town, address}. */
    public List<Map<String, Object>> units(String query) {
        return api.list(uri -> uri.path(PATH + "/units").queryParam("q", query).build());
    }

    /** The report's JSON ({@code formToken, homepage, unitId | town + address, description, contact}). */
    public Map<String, Object> file(Map<String, Object> report) {
        return api.post(PATH, report);
    }

    /** {@code trackingCode, stage (RECEIVED, BEING_HANDLED, CLOSED), receivedAt}. */
    public Map<String, Object> status(String trackingCode) {
        return api.object(uri -> uri.path(PATH + "/{code}").build(trackingCode));
    }
}
