package org.firegov.gateway.web;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.reactive.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The gateway's own errors — no route (404), service unreachable (503), service too slow (504) — as problem
 * details instead of Boot's whitelabel/JSON error. Ordered before Boot's handler (-1).
 */
@Component
@Order(-2)
class GatewayErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    private final Problems problems;

    GatewayErrorHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        Answer answer = answerFor(error, exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR) != null);
        if (answer.status().value() == 500) {
            log.error("{} {} failed (correlation id {})", exchange.getRequest().getMethod(),
                    exchange.getRequest().getURI().getRawPath(), correlationId(exchange), error);
        }
        else if (answer.status().is5xxServerError()) {
            log.warn("{} {} -> {} (correlation id {}): {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getURI().getRawPath(), answer.status().value(), correlationId(exchange),
                    error.toString());
        }
        if (error instanceof ResponseStatusException statusError) {
            exchange.getResponse().getHeaders().addAll(statusError.getHeaders());
        }
        return problems.write(exchange, answer.status(), answer.slug(), answer.detail());
    }

    private static String correlationId(ServerWebExchange exchange) {
        return exchange.getAttribute(CorrelationIdFilter.ATTRIBUTE);
    }

    private static Answer answerFor(Throwable error, boolean routed) {
        Throwable root = NestedExceptionUtils.getMostSpecificCause(error);
        if (root instanceof ConnectException) {
            // not routed yet: what failed is the gateway's own dependency, i.e. Keycloak (JWKS, token endpoint)
            return new Answer(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", routed
                    ? "The service behind this route is not reachable right now. Try again later."
                    : "The sign-in service (Keycloak) is not reachable right now. Try again later.");
        }
        if (root instanceof TimeoutException || root instanceof io.netty.handler.timeout.TimeoutException) {
            return gatewayTimeout();
        }
        if (error instanceof OAuth2AuthorizationException) {
            // e.g. the session's refresh token expired while relaying it
            return new Answer(HttpStatus.UNAUTHORIZED, "unauthenticated", "Your session has expired. Log in again.");
        }
        if (error instanceof ResponseStatusException statusError) {
            return answerFor(statusError);
        }
        return new Answer(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Unexpected error in the gateway.");
    }

    private static Answer answerFor(ResponseStatusException error) {
        HttpStatusCode status = error.getStatusCode();
        if (status.value() == HttpStatus.NOT_FOUND.value()) {
            return new Answer(status, "not-found", "No route or resource matches this path.");
        }
        if (status.value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
            return gatewayTimeout();
        }
        if (status.value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            return new Answer(status, "service-unavailable", "The service behind this route is not available.");
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        String slug = known == null ? "error-" + status.value() : known.name().toLowerCase().replace('_', '-');
        String detail = status.is4xxClientError() && error.getReason() != null
                ? error.getReason() : (known == null ? "Error " + status.value() : known.getReasonPhrase());
        return new Answer(status, slug, detail);
    }

    private static Answer gatewayTimeout() {
        return new Answer(HttpStatus.GATEWAY_TIMEOUT, "gateway-timeout", "The service did not answer in time.");
    }

    private record Answer(HttpStatusCode status, String slug, String detail) {
    }
}
