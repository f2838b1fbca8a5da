package org.firegov.gateway.security;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Accepts the CSRF token two ways (the pattern of Spring Security's reference, "Single-Page Applications"):
 * <ul>
 *   <li>the masked (BREACH-safe) token that a server-rendered page puts in a form field {@code _csrf};</li>
 *   <li>the raw value of the {@code XSRF-TOKEN} cookie, sent back by page scripts in the {@code X-XSRF-TOKEN}
 *   header.</li>
 * </ul>
 */
final class CsrfTokenRequestHandler extends ServerCsrfTokenRequestAttributeHandler {

    private final XorServerCsrfTokenRequestAttributeHandler masked = new XorServerCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(ServerWebExchange exchange, Mono<CsrfToken> csrfToken) {
        masked.handle(exchange, csrfToken);
    }

    /**
     * A request with the header is never asked for its form data: reading it would consume the body the gateway must
     * forward (Spring's default looks at the form first; spring-security#11687), and a proxied form post would
     * arrive empty.
     */
    @Override
    public Mono<String> resolveCsrfTokenValue(ServerWebExchange exchange, CsrfToken csrfToken) {
        String header = exchange.getRequest().getHeaders().getFirst(csrfToken.getHeaderName());
        return header != null ? Mono.just(header) : masked.resolveCsrfTokenValue(exchange, csrfToken);
    }
}
