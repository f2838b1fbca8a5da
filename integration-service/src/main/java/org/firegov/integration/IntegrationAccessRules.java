package org.firegov.integration;

import org.firegov.kit.security.ApiAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The integration API is the government-service platform's (role {@code gov-platform}) and no one else's. */
@Configuration
class IntegrationAccessRules {

    @Bean
    ApiAccessRules integrationRoles() {
        return requests -> requests.requestMatchers("/api/integration/**").hasRole("gov-platform");
    }
}
