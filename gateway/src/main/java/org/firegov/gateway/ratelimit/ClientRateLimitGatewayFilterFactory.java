package org.firegov.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.firegov.gateway.web.Problems;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code ClientRateLimit}: an in-memory token bucket per route and caller. The caller is the token's client
 * ({@code azp}) for bearer calls, the user for browser sessions, the remote address for anonymous calls. With
 * {@code anonymousPostsOnly} only anonymous POSTs are counted (the public report forms); everything else passes.
 * Over the limit: 429 problem details with {@code Retry-After} (seconds). Buckets live in this gateway instance:
 * with n instances behind a balancer a client gets up to n times the limit.
 */
@Component
public class ClientRateLimitGatewayFilterFactory
        extends AbstractGatewayFilterFactory<ClientRateLimitGatewayFilterFactory.Config> {

    public static final String REMAINING = "X-RateLimit-Remaining";
    private static final int SWEEP_ABOVE = 10_000;

    private final Problems problems;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public ClientRateLimitGatewayFilterFactory(Problems problems) {
        super(Config.class);
        this.problems = problems;
    }

    /** The limit of one route (a JavaBean: Spring Cloud Gateway binds route arguments onto it). */
    public static class Config {

        /** the burst a caller may send at once */
        private int capacity = 60;
        /** the sustained rate */
        private int perMinute = 120;
        /** count only POSTs without credentials (keyed by remote address) */
        private boolean anonymousPostsOnly;

        public int getCapacity() {
            return capacity;
        }

        public void setCapacity(int capacity) {
            this.capacity = capacity;
        }

        public int getPerMinute() {
            return perMinute;
        }

        public void setPerMinute(int perMinute) {
            this.perMinute = perMinute;
        }

        public boolean isAnonymousPostsOnly() {
            return anonymousPostsOnly;
        }

        public void setAnonymousPostsOnly(boolean anonymousPostsOnly) {
            this.anonymousPostsOnly = anonymousPostsOnly;
        }
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("capacity", "perMinute", "anonymousPostsOnly");
    }

    @Override
    public GatewayFilter apply(Config config) {
        return (exchange, chain) -> exchange.getPrincipal()
                .map(ClientRateLimitGatewayFilterFactory::callerOf)
                .defaultIfEmpty("")
                .flatMap(caller -> {
                    boolean anonymous = caller.isEmpty();
                    if (config.isAnonymousPostsOnly() && (!anonymous
                            || exchange.getRequest().getMethod() != HttpMethod.POST)) {
                        return chain.filter(exchange);
                    }
                    String key = routeId(exchange) + "|" + config.getCapacity() + "/" + config.getPerMinute()
                            + "|" + (anonymous ? "address:" + addressOf(exchange) : caller);
                    long now = System.nanoTime();
                    TokenBucket bucket = bucket(key, config, now);
                    Duration wait = bucket.take(now);
                    if (wait.isZero()) {
                        exchange.getResponse().getHeaders().set(REMAINING, Integer.toString(bucket.remaining(now)));
                        return chain.filter(exchange);
                    }
                    return tooMany(exchange, wait);
                });
    }

    private Mono<Void> tooMany(ServerWebExchange exchange, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        HttpHeaders headers = exchange.getResponse().getHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        headers.set(REMAINING, "0");
        return problems.writeRefusal(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                "Too many requests from your client; retry after " + seconds + " s (header Retry-After).");
    }

    private TokenBucket bucket(String key, Config config, long now) {
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.full(now));
        }
        return buckets.computeIfAbsent(key, k -> new TokenBucket(config.getCapacity(), config.getPerMinute(), now));
    }

    private static String callerOf(Principal principal) {
        if (principal instanceof JwtAuthenticationToken jwt) {
            String client = jwt.getToken().getClaimAsString("azp");
            return "client:" + (client != null ? client : jwt.getToken().getSubject());
        }
        if (principal instanceof Authentication authentication && authentication.isAuthenticated()) {
            return "user:" + authentication.getName();
        }
        return "";
    }

    private static String routeId(ServerWebExchange exchange) {
        Object route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route instanceof org.springframework.cloud.gateway.route.Route r ? r.getId() : "?";
    }

    private static String addressOf(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
