package org.firegov.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.firegov.gateway.support.Browser;
import org.firegov.gateway.support.FakeKeycloak;
import org.firegov.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

class BrowserLoginTest extends GatewayIntegrationTest {

    private static final Map<String, Object> TOWN_OFFICER = Map.of(
            "preferred_username", "town-officer-wang",
            "name", "王晓明",
            "roles", List.of("town"),
            "town", "shangma");

    private Browser browser;

    @BeforeEach
    void newBrowser() {
        browser = new Browser(web);
    }

    @Test
    void a_browser_without_a_session_is_sent_to_the_keycloak_login_with_pkce() {
        URI toLogin = Browser.redirectOf(browser.get("/"));
        assertThat(toLogin.getPath()).isEqualTo("/oauth2/authorization/keycloak");

        URI authorize = Browser.redirectOf(browser.get(toLogin.toString()));

        assertThat(authorize.toString())
                .startsWith(FakeKeycloak.PUBLIC_ISSUER + "/protocol/openid-connect/auth?");
        Map<String, String> query = Browser.queryOf(authorize);
        assertThat(query)
                .containsEntry("response_type", "code")
                .containsEntry("client_id", "firegov-portal")
                .containsEntry("scope", "openid profile")
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("redirect_uri", baseUrl() + "/login/oauth2/code/keycloak")
                .containsKeys("code_challenge", "state", "nonce");
    }

    @Test
    void a_logged_in_browser_reaches_the_services_with_its_session_access_token() {
        String code = browser.logIn(keycloak, TOWN_OFFICER);
        String accessToken = keycloak.tokensIssuedFor(code).accessToken();

        browser.withCookies(web.get().uri("/api/inspection/units"))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.authorization").isEqualTo("Bearer " + accessToken)
                .jsonPath("$.cookie").doesNotExist();
    }

    @Test
    void pages_go_to_the_portal_with_the_session_token_the_csrf_token_and_only_the_language_cookie() {
        String code = browser.logIn(keycloak, TOWN_OFFICER);
        browser.setCookie("portal-lang", "en");

        EntityExchangeResult<byte[]> page = browser.get("/portal/town");

        assertThat(page.getStatus()).isEqualTo(HttpStatus.OK);
        String echoed = new String(page.getResponseBody(), StandardCharsets.UTF_8);
        assertThat(echoed)
                .contains("\"path\":\"/portal/town\"")
                .contains("\"authorization\":\"Bearer " + keycloak.tokensIssuedFor(code).accessToken() + "\"")
                .contains("\"cookie\":\"portal-lang=en\"")
                .doesNotContain("SESSION=", "XSRF-TOKEN=");
        assertThat(browser.cookie("XSRF-TOKEN")).as("the page's script sends it back as X-XSRF-TOKEN").isNotBlank();
        String masked = echoed.replaceAll("(?s).*\"gatewayCsrfToken\":\"([^\"]+)\".*", "$1");
        assertThat(masked).as("the masked token for the sign-out form").isNotBlank()
                .isNotEqualTo(browser.cookie("XSRF-TOKEN"));

        // the sign-out form the portal renders with that token is accepted by the gateway
        EntityExchangeResult<byte[]> logout = browser.withCookies(web.post().uri("/logout")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .bodyValue("_csrf=" + masked))
                .exchange().expectBody().returnResult();
        assertThat(Browser.redirectOf(logout).toString())
                .startsWith(FakeKeycloak.PUBLIC_ISSUER + "/protocol/openid-connect/logout?");
    }

    @Test
    void public_pages_and_their_assets_need_no_login_and_a_forged_csrf_header_is_not_passed_on() {
        web.get().uri("/public/major-hazards").accept(MediaType.TEXT_HTML)
                .header("X-Gateway-Csrf-Token", "forged")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.path").isEqualTo("/public/major-hazards")
                .jsonPath("$.authorization").doesNotExist()
                .jsonPath("$.gatewayCsrfToken").value(token -> assertThat(token).isNotEqualTo("forged"));
        web.get().uri("/webjars/htmx.org/dist/htmx.min.js").exchange().expectStatus().isOk();
        web.get().uri("/assets/portal.css").exchange().expectStatus().isOk();
    }

    @Test
    void me_describes_the_session_user_with_roles_and_scope_claims() {
        browser.logIn(keycloak, TOWN_OFFICER);

        browser.withCookies(web.get().uri("/me").accept(MediaType.APPLICATION_JSON))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.username").isEqualTo("town-officer-wang")
                .jsonPath("$.roles").isEqualTo("town")
                .jsonPath("$.town").isEqualTo("shangma");
    }

    @Test
    void a_state_changing_session_request_needs_the_csrf_token() {
        browser.logIn(keycloak, TOWN_OFFICER);
        browser.get("/"); // a rendered page hands out the CSRF cookie

        browser.withCookies(web.post().uri("/api/inspection/hazards").bodyValue("{}"))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://firegov.wuxi.example/problems/csrf");
        assertThat(services.received("/api/inspection/hazards")).isFalse();

        browser.withCookies(web.post().uri("/api/inspection/hazards")
                        .header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{}"))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.method").isEqualTo("POST");
    }

    @Test
    void a_form_posted_with_the_csrf_header_reaches_the_portal_with_its_body() {
        browser.logIn(keycloak, TOWN_OFFICER);
        browser.get("/portal/town");

        browser.withCookies(web.post().uri("/portal/tasks/t-1/completion")
                        .header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .bodyValue("evidence=%E5%B7%B2%E5%AE%8C%E6%88%90&back=%2Fportal%2Ftown"))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.method").isEqualTo("POST")
                .jsonPath("$.body").isEqualTo("evidence=%E5%B7%B2%E5%AE%8C%E6%88%90&back=%2Fportal%2Ftown");
    }

    @Test
    void logout_needs_the_csrf_token() {
        web.post().uri("/logout")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void logout_ends_the_session_and_sends_the_browser_to_the_keycloak_end_session_endpoint() {
        String code = browser.logIn(keycloak, TOWN_OFFICER);
        browser.get("/");

        EntityExchangeResult<byte[]> logout = browser.withCookies(web.post().uri("/logout")
                        .header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN")))
                .exchange()
                .expectBody().returnResult();

        URI endSession = Browser.redirectOf(logout);
        assertThat(endSession.toString())
                .startsWith(FakeKeycloak.PUBLIC_ISSUER + "/protocol/openid-connect/logout?");
        assertThat(Browser.queryOf(endSession))
                .containsEntry("id_token_hint", keycloak.tokensIssuedFor(code).idToken())
                .containsEntry("post_logout_redirect_uri", baseUrl() + "/");
        browser.withCookies(web.get().uri("/api/inspection/units"))
                .exchange()
                .expectStatus().isUnauthorized();
    }
}
