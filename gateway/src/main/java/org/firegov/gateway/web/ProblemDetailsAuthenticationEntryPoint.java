package org.firegov.gateway.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401 as problem details, with the RFC 6750 {@code WWW-Authenticate} challenge. */
@Component
public class ProblemDetailsAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final Problems problems;

    public ProblemDetailsAuthenticationEntryPoint(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        // Say that the token was rejected, not why: the reason (expired, audience, signature) is logged at debug.
        boolean badToken = failure instanceof OAuth2AuthenticationException;
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                badToken ? "Bearer realm=\"firegov\", error=\"invalid_token\"" : "Bearer realm=\"firegov\"");
        return problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated", badToken
                ? "The bearer token is invalid, expired or not issued for this API."
                : "Authentication is required: log in, or send a bearer token from the firegov realm.");
    }
}
