package org.firegov.gateway.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 403 as problem details: a role the route does not admit, or a missing/wrong CSRF token. */
@Component
public class ProblemDetailsAccessDeniedHandler implements ServerAccessDeniedHandler {

    private final Problems problems;

    public ProblemDetailsAccessDeniedHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        if (denied instanceof CsrfException) {
            return problems.write(exchange, HttpStatus.FORBIDDEN, "csrf",
                    "A valid CSRF token is required (form field _csrf or header X-XSRF-TOKEN).");
        }
        return problems.write(exchange, HttpStatus.FORBIDDEN, "forbidden",
                "Your role does not allow this request.");
    }
}
