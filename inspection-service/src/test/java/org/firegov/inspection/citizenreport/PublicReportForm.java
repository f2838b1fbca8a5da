package org.firegov.inspection.citizenreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.firegov.testkit.ApiClient;
import org.firegov.testkit.ApiClient.Reply;
import org.springframework.http.HttpMethod;

/** A member of the public at one address (as the gateway forwards it), using the report form without a token. */
final class PublicReportForm {

    static final String PATH = "/api/inspection/public/reports";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final ApiClient http;
    private final Map<String, String> headers;

    PublicReportForm(int port) {
        this.http = new ApiClient(port);
        int n = ADDRESSES.incrementAndGet();
        this.headers = Map.of("X-Forwarded-For", "198.51." + (n / 250) + "." + (n % 250 + 1));
    }

    Reply get(String path) {
        return http.call(HttpMethod.GET, path, null, null, headers);
    }

    Reply post(Object body) {
        return http.call(HttpMethod.POST, PATH, null, body, headers);
    }

    /** A fresh form token, fetched like the page does. */
    String formToken() {
        Reply form = get(PATH + "/form");
        assertThat(form.status()).isEqualTo(200);
        return form.body().get("formToken").asText();
    }

    /** A form filled in as a person would: fetched, then sent after the test configuration's fill time (1 s). */
    String filledFormToken() throws InterruptedException {
        String token = formToken();
        Thread.sleep(1_100);
        return token;
    }

    static Map<String, Object> atUnit(String token, String unitId, String description) {
        Map<String, Object> body = new HashMap<>();
        body.put("formToken", token);
        body.put("unitId", unitId);
        body.put("description", description);
        return body;
    }

    static Map<String, Object> atAddress(String token, String town, String address, String description) {
        Map<String, Object> body = new HashMap<>();
        body.put("formToken", token);
        body.put("town", town);
        body.put("address", address);
        body.put("description", description);
        return body;
    }
}
