package org.firegov.training;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.firegov.kit.security.ApiAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call which training endpoint. The public calendar ({@code /api/training/public/**}) is anonymous (kit);
 * units read their drills, their complex manager and their own trainings (the courses their people attend, their
 * people's records and certificates); the government-service platform has nothing else here.
 */
@Configuration
class TrainingAccessRules {

    @Bean
    ApiAccessRules trainingRoles() {
        return requests -> requests
                .requestMatchers("/api/training/drills", "/api/training/drills/**")
                .hasAnyRole("committee", "brigade", "department", "town", "unit")
                .requestMatchers(PUT, "/api/training/complex-managers/*").hasAnyRole("brigade", "town", "unit")
                .requestMatchers("/api/training/complex-managers")
                .hasAnyRole("committee", "brigade", "department", "town", "unit")
                .requestMatchers(POST, "/api/training/campaigns", "/api/training/campaigns/*/hold",
                        "/api/training/campaigns/*/cancel", "/api/training/campaigns/*/photos", "/api/training/courses",
                        "/api/training/courses/**",
                        "/api/training/volunteer-teams", "/api/training/volunteer-teams/**",
                        "/api/training/education-bases", "/api/training/education-bases/**")
                .hasAnyRole("brigade", "department", "town")
                .requestMatchers(POST, "/api/training/surveys", "/api/training/surveys/**")
                .hasAnyRole("committee", "brigade")
                .requestMatchers(PUT, "/api/training/surveys/**").hasAnyRole("committee", "brigade")
                .requestMatchers(GET, "/api/training/units/me/trainings").hasRole("unit")
                .requestMatchers(GET, "/api/training/courses", "/api/training/courses/*",
                        "/api/training/courses/*/trainees", "/api/training/certificates")
                .hasAnyRole("committee", "brigade", "department", "town", "unit")
                .requestMatchers("/api/training/**").hasAnyRole("committee", "brigade", "department", "town");
    }
}
