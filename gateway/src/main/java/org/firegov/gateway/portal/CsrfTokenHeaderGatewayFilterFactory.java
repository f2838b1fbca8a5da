package org.firegov.gateway.portal;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code CsrfTokenHeader=} on the portal's route: hands the session's CSRF token (masked, as a page form carries it)
 * to the portal in the request header {@value #HEADER}, so the pages it renders can put it into the sign-out form,
 * which the gateway handles itself. Asking for the token also makes Spring Security write the {@code XSRF-TOKEN}
 * cookie, which the portal's script sends back as {@code X-XSRF-TOKEN} on its htmx requests. (Proxied form posts must
 * not carry the token as a form field: the gateway would have to read the body it forwards.) A value the browser
 * sent in that header itself is never passed on.
 */
@Component
public class CsrfTokenHeaderGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

    public static final String HEADER = "X-Gateway-Csrf-Token";

    public CsrfTokenHeaderGatewayFilterFactory() {
        super(Object.class);
    }

    @Override
    public GatewayFilter apply(Object config) {
        return (exchange, chain) -> {
            Mono<CsrfToken> token = exchange.getAttributeOrDefault(CsrfToken.class.getName(), Mono.empty());
            return token
                    .map(csrf -> withHeader(exchange, csrf.getToken()))
                    .defaultIfEmpty(withHeader(exchange, null))
                    .flatMap(chain::filter);
        };
    }

    private static ServerWebExchange withHeader(ServerWebExchange exchange, String value) {
        return exchange.mutate().request(request -> request.headers(headers -> {
            headers.remove(HEADER);
            if (value != null) {
                headers.set(HEADER, value);
            }
        })).build();
    }
}
