package org.firegov.accountability;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.firegov.kit.security.ApiAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Assessment figures are for the committee, the brigade, departments and towns; not for units or machines. */
@Configuration
class AccountabilityAccessRules {

    @Bean
    ApiAccessRules accountabilityRoles() {
        return requests -> requests
                .requestMatchers(POST, "/api/accountability/tasks").hasRole("committee")
                .requestMatchers(POST, "/api/accountability/dishonesty-records", "/api/accountability/dishonesty-records/**")
                .hasRole("committee")
                .requestMatchers(POST, "/api/accountability/schemes", "/api/accountability/schemes/**").hasRole("committee")
                .requestMatchers(POST, "/api/accountability/interviews", "/api/accountability/interviews/**",
                        "/api/accountability/circulars", "/api/accountability/circulars/**",
                        "/api/accountability/results/**", "/api/accountability/listings").hasRole("committee")
                .requestMatchers(PUT, "/api/accountability/schemes/**", "/api/accountability/scores/**").hasRole("committee")
                .requestMatchers(DELETE, "/api/accountability/schemes/**").hasRole("committee")
                .requestMatchers(POST, "/api/accountability/tasks/*/completion").hasAnyRole("department", "town")
                .requestMatchers("/api/accountability/fact-replay").hasRole("committee")
                .requestMatchers("/api/accountability/**").hasAnyRole("committee", "brigade", "department", "town");
    }
}
