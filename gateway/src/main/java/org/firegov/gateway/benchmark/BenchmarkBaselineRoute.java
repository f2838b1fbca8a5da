package org.firegov.gateway.benchmark;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The benchmarks' baseline app ({@code benchmarks} module) behind the gateway, with the same filters as every
 * service route, so that "through the gateway" costs the same for both sides of the write-path comparison.
 * Present only when {@code firegov.gateway.benchmark-baseline-uri} (env {@code FIREGOV_GATEWAY_BENCHMARK_BASELINE_URI})
 * is set, which only the benchmark harness does: production configuration has no such route.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("firegov.gateway.benchmark-baseline-uri")
class BenchmarkBaselineRoute {

    static final String PATH = "/api/bench-baseline/**";

    @Bean
    RouteLocator benchmarkBaselineRoutes(RouteLocatorBuilder routes,
                                         @Value("${firegov.gateway.benchmark-baseline-uri}") String uri) {
        return routes.routes()
                .route("bench-baseline", route -> route.path(PATH)
                        .filters(filters -> filters.tokenRelay().removeRequestHeader("Cookie"))
                        .uri(uri))
                .build();
    }
}
