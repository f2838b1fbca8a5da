package org.firegov.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/** A browser: keeps its cookies and follows the authorization-code login the way a browser would. */
public final class Browser {

    private final WebTestClient web;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public Browser(WebTestClient web) {
        this.web = web;
    }

    /** GET a page the way a browser asks for it, keeping the cookies it is given. */
    public EntityExchangeResult<byte[]> get(String path) {
        return keepCookies(web.get().uri(path).accept(MediaType.TEXT_HTML)
                .cookies(jar -> cookies.forEach(jar::add))
                .exchange().expectBody().returnResult());
    }

    public WebTestClient.RequestHeadersSpec<?> withCookies(WebTestClient.RequestHeadersSpec<?> request) {
        return request.cookies(jar -> cookies.forEach(jar::add));
    }

    /** A cookie a page script or an earlier answer would have set. */
    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    /** Starts at {@code /} and ends logged in: returns the code the gateway exchanged. */
    public String logIn(FakeKeycloak keycloak, Map<String, Object> user) {
        URI toLogin = redirectOf(get("/"));
        Map<String, String> authorization = queryOf(redirectOf(get(toLogin.toString())));
        String code = UUID.randomUUID().toString();
        keycloak.approveLogin(code, new FakeKeycloak.ApprovedLogin(authorization.get("nonce"),
                authorization.get("code_challenge"), authorization.get("redirect_uri"), user));
        EntityExchangeResult<byte[]> callback = keepCookies(web.get()
                .uri(builder -> builder.path("/login/oauth2/code/keycloak")
                        .queryParam("code", "{code}").queryParam("state", "{state}")
                        .build(code, authorization.get("state")))
                .cookies(jar -> cookies.forEach(jar::add))
                .exchange().expectBody().returnResult());
        assertThat(callback.getStatus()).as("login callback").isEqualTo(HttpStatus.FOUND);
        assertThat(redirectOf(callback).getPath()).as("back to the page first asked for").isEqualTo("/");
        return code;
    }

    public static URI redirectOf(EntityExchangeResult<?> result) {
        assertThat(result.getStatus()).isEqualTo(HttpStatus.FOUND);
        return result.getResponseHeaders().getLocation();
    }

    public static Map<String, String> queryOf(URI uri) {
        MultiValueMap<String, String> raw = UriComponentsBuilder.fromUri(uri).build().getQueryParams();
        Map<String, String> decoded = new LinkedHashMap<>();
        raw.forEach((name, values) -> decoded.put(name, UriUtils.decode(values.get(0), StandardCharsets.UTF_8)));
        return decoded;
    }

    private EntityExchangeResult<byte[]> keepCookies(EntityExchangeResult<byte[]> result) {
        for (ResponseCookie cookie : result.getResponseCookies().toSingleValueMap().values()) {
            if (cookie.getMaxAge().isZero()) {
                cookies.remove(cookie.getName());
            }
            else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
        return result;
    }
}
