package org.firegov.bench.harness;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real access tokens of the demo users (password {@code demo}) from Keycloak's public {@code firegov-cli} client,
 * password grant. Tokens live 5 minutes; each is fetched again after 4.
 */
public final class Tokens {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final long REFRESH_AFTER_NANOS = 240_000_000_000L;

    private final Http http;
    private final String tokenEndpoint;
    private final ConcurrentHashMap<String, Held> held = new ConcurrentHashMap<>();

    private record Held(String token, long fetchedAt) {
    }

    public Tokens(Http http, String issuer) {
        this.http = http;
        this.tokenEndpoint = issuer + "/protocol/openid-connect/token";
    }

    /** A supplier that always gives a valid token of this user. */
    public Supplier<String> of(String username) {
        fetch(username);
        return () -> held.compute(username, (u, h) -> h == null || System.nanoTime() - h.fetchedAt
                > REFRESH_AFTER_NANOS ? new Held(request(u), System.nanoTime()) : h).token();
    }

    private void fetch(String username) {
        held.put(username, new Held(request(username), System.nanoTime()));
    }

    private String request(String username) {
        Http.Response r = http.postForm(tokenEndpoint, "grant_type=password&client_id=firegov-cli&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=demo");
        Matcher m = ACCESS_TOKEN.matcher(r.body());
        if (!r.ok() || !m.find()) {
            throw new IllegalStateException("no token for " + username + " from " + tokenEndpoint + ": "
                    + r.status() + " " + r.body());
        }
        return m.group(1);
    }
}
