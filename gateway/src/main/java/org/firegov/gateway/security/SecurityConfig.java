package org.firegov.gateway.security;

import java.net.URI;
import java.util.Set;

import org.firegov.gateway.web.ProblemDetailsAccessDeniedHandler;
import org.firegov.gateway.web.ProblemDetailsAuthenticationEntryPoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.MediaTypeServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * One filter chain for both kinds of caller:
 * <ul>
 *   <li>machine clients send a bearer JWT (resource server; audience and issuer checked; no session, no CSRF —
 *   Spring Security exempts bearer requests from CSRF by itself);</li>
 *   <li>browsers log in with authorization code + PKCE and keep their tokens in the server-side session (BFF);
 *   {@code TokenRelay} hands the session's access token to the services; CSRF protects session requests.</li>
 * </ul>
 * The gateway checks authentication and the coarse role per route; object scope is the services' job.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfig {

    /** 政务服务平台 — may use the integration API and public routes only. */
    static final String GOV_PLATFORM = "gov-platform";

    private static final String LOGIN_ENTRY = "/oauth2/authorization/" + KeycloakClientConfig.REGISTRATION_ID;

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http,
                                                  ReactiveClientRegistrationRepository clients,
                                                  ProblemDetailsAuthenticationEntryPoint unauthenticated,
                                                  ProblemDetailsAccessDeniedHandler forbidden) {
        return http
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .pathMatchers("/public/**", "/api/*/public/**", "/webjars/**", "/assets/**").permitAll()
                        .pathMatchers("/api/integration/**").hasRole(GOV_PLATFORM)
                        .anyExchange().access(authenticatedButNotGovPlatform()))
                .oauth2Login(login -> login.authorizationRequestResolver(pkceAuthorizationRequests(clients)))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(loginForPagesProblemForApis(unauthenticated))
                        .accessDeniedHandler(forbidden))
                .csrf(csrf -> csrf
                        .requireCsrfProtectionMatcher(sessionRequestsOutsidePublicPaths())
                        .csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestHandler())
                        .accessDeniedHandler(forbidden))
                .logout(logout -> logout
                        .logoutHandler(new DelegatingServerLogoutHandler(
                                new SecurityContextServerLogoutHandler(), new WebSessionServerLogoutHandler()))
                        .logoutSuccessHandler(rpInitiatedLogout(clients)))
                .build();
    }

    private static DefaultServerOAuth2AuthorizationRequestResolver pkceAuthorizationRequests(
            ReactiveClientRegistrationRepository clients) {
        var resolver = new DefaultServerOAuth2AuthorizationRequestResolver(clients);
        // PKCE for a confidential client too (OAuth 2.0 Security BCP); Spring only adds it by itself for public ones.
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }

    /** API calls never get a login redirect: they get 401 problem details. Browser pages go to the login. */
    private static ServerAuthenticationEntryPoint loginForPagesProblemForApis(ServerAuthenticationEntryPoint problem) {
        var html = new MediaTypeServerWebExchangeMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        ServerWebExchangeMatcher browserPage = new AndServerWebExchangeMatcher(
                new NegatedServerWebExchangeMatcher(ServerWebExchangeMatchers.pathMatchers("/api/**")), html);
        var entryPoint = new DelegatingServerAuthenticationEntryPoint(
                new DelegateEntry(browserPage, new RedirectServerAuthenticationEntryPoint(LOGIN_ENTRY)));
        entryPoint.setDefaultEntryPoint(problem);
        return entryPoint;
    }

    private static OidcClientInitiatedServerLogoutSuccessHandler rpInitiatedLogout(
            ReactiveClientRegistrationRepository clients) {
        var handler = new OidcClientInitiatedServerLogoutSuccessHandler(clients);
        handler.setPostLogoutRedirectUri("{baseUrl}/");
        handler.setLogoutSuccessUrl(URI.create("/"));
        return handler;
    }

    /**
     * CSRF protects what a session may do: bearer requests carry no session, and the anonymous public paths
     * ({@code /api/*}{@code /public/**}, e.g. a public hazard report form) act for no one, so neither needs a token
     * (public POSTs are rate-limited per address instead).
     */
    private static ServerWebExchangeMatcher sessionRequestsOutsidePublicPaths() {
        ServerWebExchangeMatcher bearer = exchange -> {
            String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
            return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();
        };
        return new AndServerWebExchangeMatcher(CsrfWebFilter.DEFAULT_CSRF_MATCHER,
                new NegatedServerWebExchangeMatcher(bearer),
                new NegatedServerWebExchangeMatcher(ServerWebExchangeMatchers.pathMatchers("/api/*/public/**")));
    }

    private static ReactiveAuthorizationManager<AuthorizationContext> authenticatedButNotGovPlatform() {
        return (authentication, context) -> authentication
                .filter(Authentication::isAuthenticated)
                .map(caller -> new AuthorizationDecision(caller.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .noneMatch(("ROLE_" + GOV_PLATFORM)::equals)))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }
}
