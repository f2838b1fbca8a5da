package org.firegov.inspection;

import static org.springframework.http.HttpMethod.POST;

import org.firegov.kit.security.ApiAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may call which inspection endpoint; reads are open to every role and scoped per object in the features. */
@Configuration
class InspectionAccessRules {

    @Bean
    ApiAccessRules inspectionRoles() {
        return requests -> requests
                .requestMatchers(POST, "/api/inspection/units").hasRole("brigade")
                .requestMatchers(POST, "/api/inspection/hazards/*/close").hasRole("brigade")
                .requestMatchers(POST, "/api/inspection/hazards").hasAnyRole("brigade", "town", "unit")
                .requestMatchers("/api/inspection/**").hasAnyRole("committee", "brigade", "department", "town", "unit");
    }
}
