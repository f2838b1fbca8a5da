package org.firegov.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.firegov.e2e.Http.Reply;
import org.firegov.localstack.LocalStack;

/**
 * The set-up the browser tests share: the whole local stack on free ports (real Keycloak), the API through the gateway
 * for what a test only needs as a precondition (units, hazards), and browsers kept signed in per demo user, so a test
 * class signs each user in once.
 */
final class PortalStack implements AutoCloseable {

    static final String DEMO_UNIT = "91500238MA5U7K3L74";     // unit1's unit: Xiabao, education
    static final String HEALTH_UNIT = "91500238MA60XB2Q37";   // Tongcheng, health

    private final LocalStack stack;
    private final Http gateway;
    private final Map<String, Chromium> browsers = new LinkedHashMap<>();

    private PortalStack(LocalStack stack) {
        this.stack = stack;
        this.gateway = new Http(stack.gatewayUrl());
    }

    /** Fails at once without Chromium (unless skipped on request), before minutes of stack start. */
    static PortalStack start(Path dataDir) {
        Chromium.requireInstalled();
        Path projectRoot = Path.of("").toAbsolutePath().getParent();
        // generous: on a busy CI machine Keycloak's first start alone can take minutes
        return new PortalStack(LocalStack.builder().projectRoot(projectRoot).dataDir(dataDir).freePorts()
                .startupTimeout(Duration.ofMinutes(10)).build().start());
    }

    LocalStack stack() {
        return stack;
    }

    Http gateway() {
        return gateway;
    }

    String token(String username) {
        return Http.token(stack.keycloakIssuerUri(), username);
    }

    /** A new browser, not signed in, closed by the caller. */
    Chromium newBrowser() {
        return new Chromium(stack.gatewayUrl());
    }

    /** One browser per user for the whole class, signed in on first use ({@code null}: an anonymous visitor). */
    Chromium browserOf(String username) {
        String key = username == null ? "" : username;
        Chromium browser = browsers.get(key);
        if (browser == null) {
            browser = newBrowser();
            browsers.put(key, browser);
            if (username != null) {
                browser.signIn(username);
            }
        }
        return browser;
    }

    void register(String token, String code, String name, String town, String department) {
        register(token, code, name, town, department, "SCHOOL");
    }

    void register(String token, String code, String name, String town, String department, String category) {
        Reply created = gateway.post("/api/inspection/units", token, Map.of("creditCode", code, "name", name,
                "address", "巫溪县", "town", town, "department", department, "categories", List.of(category),
                "riskGrade", "KEY"));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
    }

    String report(String token, String unit, String description, boolean major) {
        Reply reported = gateway.post("/api/inspection/hazards", token,
                Map.of("unitId", unit, "description", description, "source", "INSPECTION", "major", major));
        assertThat(reported.status()).as(String.valueOf(reported.body())).isEqualTo(201);
        return reported.body().get("hazardId").asText();
    }

    /** Closes the browsers and stops the stack; nothing to do if it never started. */
    static void stop(PortalStack platform) {
        if (platform != null) {
            platform.close();
        }
    }

    @Override
    public void close() {
        try {
            browsers.values().forEach(Chromium::close);
            browsers.clear();
        } finally {
            stack.close();
        }
    }
}
