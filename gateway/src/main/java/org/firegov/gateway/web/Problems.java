package org.firegov.gateway.web;

import java.net.URI;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Writes RFC 9457 problem details for answers the gateway gives itself (401, 403, 404, 5xx), in the same shape as
 * the services' (platform/service-kit {@code Problems}: same type base, {@code correlationId} member).
 */
@Component
public class Problems {

    /** Same base as the services use; problem types are documented at docs/problems.md#&lt;slug&gt;. */
    public static final String TYPE_BASE = "https://firegov.wuxi.example/problems/";

    private final ObjectMapper json;

    public Problems(ObjectMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String slug, String detail) {
        return write(exchange, problem(status, slug, detail));
    }

    /**
     * A refusal a client acts on (e.g. {@code rate-limited}): the slug also as {@code code}, as the services give
     * their business-rule and rate-limit refusals, so a client tells them apart the same way.
     */
    public Mono<Void> writeRefusal(ServerWebExchange exchange, HttpStatusCode status, String slug, String detail) {
        ProblemDetail problem = problem(status, slug, detail);
        problem.setProperty("code", slug);
        return write(exchange, problem);
    }

    private static ProblemDetail problem(HttpStatusCode status, String slug, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        return problem;
    }

    private Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        problem.setInstance(URI.create(exchange.getRequest().getURI().getRawPath()));
        String correlationId = exchange.getAttribute(CorrelationIdFilter.ATTRIBUTE);
        if (correlationId != null) {
            problem.setProperty("correlationId", correlationId);
        }
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return Mono.fromCallable(() -> bytes(problem))
                .flatMap(body -> response.writeWith(Mono.just(response.bufferFactory().wrap(body))));
    }

    private byte[] bytes(ProblemDetail problem) throws JsonProcessingException {
        return json.writeValueAsBytes(problem);
    }
}
