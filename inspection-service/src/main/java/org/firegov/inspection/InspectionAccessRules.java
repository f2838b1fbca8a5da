package org.firegov.inspection;

import static org.springframework.http.HttpMethod.POST;

import org.firegov.kit.security.ApiAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call which inspection endpoint; reads are open to every role and scoped per object in the features.
 * Object scope (a town's own grid-patrol hazards, a unit's own hazards) is checked by the aggregates: 404 outside.
 */
@Configuration
class InspectionAccessRules {

    @Bean
    ApiAccessRules inspectionRoles() {
        return requests -> requests
                .requestMatchers(POST, "/api/inspection/units").hasRole("brigade")
                .requestMatchers(POST, "/api/inspection/units/*/amendment", "/api/inspection/units/*/closure")
                .hasRole("brigade")
                .requestMatchers(POST, "/api/inspection/hazards/*/close").hasRole("brigade")
                .requestMatchers(POST, "/api/inspection/hazards/*/rectification-order",
                        "/api/inspection/hazards/*/verification/pass", "/api/inspection/hazards/*/verification/reject")
                .hasAnyRole("brigade", "town")
                .requestMatchers(POST, "/api/inspection/hazards/*/rectification").hasRole("unit")
                .requestMatchers(POST, "/api/inspection/hazards/*/listing", "/api/inspection/hazards/*/delisting")
                .hasRole("committee")
                .requestMatchers(POST, "/api/inspection/hazards").hasAnyRole("brigade", "town", "unit")
                .requestMatchers(POST, "/api/inspection/plans", "/api/inspection/plans/*/publish").hasRole("brigade")
                .requestMatchers("/api/inspection/plans/**").hasAnyRole("committee", "brigade")
                .requestMatchers(POST, "/api/inspection/inspectors", "/api/inspection/inspectors/**").hasRole("brigade")
                .requestMatchers("/api/inspection/inspectors/**", "/api/inspection/inspectors")
                .hasAnyRole("committee", "brigade")
                .requestMatchers(POST, "/api/inspection/self-inspections").hasRole("unit")
                .requestMatchers("/api/inspection/self-inspections/form").hasRole("unit")
                .requestMatchers("/api/inspection/self-inspections/coverage",
                        "/api/inspection/self-inspections/missed")
                .hasAnyRole("committee", "brigade", "department", "town")
                .requestMatchers(POST, "/api/inspection/checklists", "/api/inspection/inspections",
                        "/api/inspection/inspections/**").hasRole("brigade")
                .requestMatchers(POST, "/api/inspection/iot/alarms/*/acknowledgement",
                        "/api/inspection/iot/alarms/*/resolution").hasAnyRole("brigade", "unit")
                .requestMatchers(POST, "/api/inspection/incidents", "/api/inspection/incidents/*/investigation")
                .hasRole("brigade")
                .requestMatchers(POST, "/api/inspection/incidents/*/extended-investigation")
                .hasAnyRole("brigade", "committee")
                .requestMatchers(POST, "/api/inspection/expert-draws/*/verify").hasAnyRole("committee", "brigade")
                .requestMatchers(POST, "/api/inspection/experts", "/api/inspection/experts/*/conflicts",
                        "/api/inspection/experts/*/retirement", "/api/inspection/expert-draws").hasRole("brigade")
                .requestMatchers("/api/inspection/experts/**", "/api/inspection/expert-draws/**")
                .hasAnyRole("committee", "brigade")
                .requestMatchers(POST, "/api/inspection/**").denyAll()
                .requestMatchers("/api/inspection/**").hasAnyRole("committee", "brigade", "department", "town", "unit");
    }
}
