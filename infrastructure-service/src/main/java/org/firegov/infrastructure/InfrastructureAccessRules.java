package org.firegov.infrastructure;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.firegov.kit.security.ApiAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call which infrastructure endpoint. The brigade manages everything county-wide; a town manages its own
 * hydrants and roads (object scope is checked in the features: another town's objects are 404); the committee
 * and departments read; units and the government-service platform have no business here (403).
 */
@Configuration
class InfrastructureAccessRules {

    @Bean
    ApiAccessRules infrastructureRoles() {
        return requests -> requests
                .requestMatchers(POST, "/api/infrastructure/hydrants", "/api/infrastructure/hydrants/*/status",
                        "/api/infrastructure/roads").hasAnyRole("brigade", "town")
                .requestMatchers(PUT, "/api/infrastructure/hydrants/*").hasAnyRole("brigade", "town")
                .requestMatchers(PUT, "/api/infrastructure/projects/**", "/api/infrastructure/forces/**")
                .hasRole("brigade")
                .requestMatchers(POST, "/api/infrastructure/projects/**", "/api/infrastructure/forces/**",
                        "/api/infrastructure/recruits").hasRole("brigade")
                .requestMatchers(GET, "/api/infrastructure/**").hasAnyRole("committee", "brigade", "department", "town")
                .requestMatchers("/api/infrastructure/**").denyAll();
    }
}
