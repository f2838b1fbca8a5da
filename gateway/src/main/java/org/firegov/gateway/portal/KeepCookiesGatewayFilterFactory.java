package org.firegov.gateway.portal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * {@code KeepCookies=<name>,…}: the {@code Cookie} header reaches the routed application with only the named cookies
 * (none: no header). The session and CSRF cookies are the gateway's business; the portal's language choice
 * ({@code portal-lang}) is the one cookie an application needs.
 */
@Component
public class KeepCookiesGatewayFilterFactory extends AbstractGatewayFilterFactory<KeepCookiesGatewayFilterFactory.Config> {

    public KeepCookiesGatewayFilterFactory() {
        super(Config.class);
    }

    /** @param names the cookies to keep */
    public record Config(List<String> names) {
    }

    @Override
    public ShortcutType shortcutType() {
        return ShortcutType.GATHER_LIST;
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("names");
    }

    @Override
    public GatewayFilter apply(Config config) {
        List<String> keep = config.names() == null ? List.of() : config.names();
        return (exchange, chain) -> chain.filter(exchange.mutate().request(request -> request.headers(headers -> {
            String kept = headers.getOrEmpty(HttpHeaders.COOKIE).stream()
                    .flatMap(header -> Arrays.stream(header.split(";")))
                    .map(String::trim)
                    .filter(cookie -> keep.contains(cookie.substring(0, Math.max(cookie.indexOf('='), 0))))
                    .collect(Collectors.joining("; "));
            headers.remove(HttpHeaders.COOKIE);
            if (!kept.isEmpty()) {
                headers.set(HttpHeaders.COOKIE, kept);
            }
        })).build());
    }
}
