package org.firegov.accountability;

import org.firegov.kit.security.ApiAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Assessment figures are for the committee, the brigade, departments and towns; not for units or machines. */
@Configuration
class AccountabilityAccessRules {

    @Bean
    ApiAccessRules accountabilityRoles() {
        return requests -> requests
                .requestMatchers("/api/accountability/**").hasAnyRole("committee", "brigade", "department", "town");
    }
}
