package org.firegov.inspection.notification;

import static org.springframework.http.HttpMethod.POST;

import org.firegov.kit.security.ApiAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Who may call the notification-commitment endpoints. Ordered first, because the service-wide rules end with a
 * catch-all for {@code /api/inspection/**} that admits neither the platform nor these POSTs.
 */
@Configuration
class OpeningApplicationAccessRules {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ApiAccessRules openingApplicationRoles() {
        return requests -> requests
                .requestMatchers("/api/inspection/platform/opening-applications/**",
                        "/api/inspection/platform/opening-applications").hasRole("gov-platform")
                .requestMatchers(POST, "/api/inspection/opening-applications/*/**").hasRole("brigade")
                .requestMatchers("/api/inspection/opening-applications/**", "/api/inspection/opening-applications")
                .hasAnyRole("committee", "brigade", "town", "unit");
    }
}
