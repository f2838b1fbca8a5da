package org.firegov.training.party;

import org.firegov.kit.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** {@link NotTheOrganiser} is a 403 problem; ordered before the kit's catch-all handler. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotTheOrganiserAdvice {

    @ExceptionHandler(NotTheOrganiser.class)
    ProblemDetail notTheOrganiser(NotTheOrganiser denied) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", denied.getMessage());
    }
}
