package org.firegov.inspection.citizenreport;

import org.firegov.kit.security.ApiAccessRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** The form's token signer, and who triages citizens' reports: the brigade (before the service-wide catch-all). */
@Configuration
@EnableConfigurationProperties(CitizenReportProperties.class)
class CitizenReportConfiguration {

    @Bean
    FormTokens citizenReportFormTokens(CitizenReportProperties properties) {
        return new FormTokens(properties.formSecret(), properties.minimumFillTime(), properties.formLifetime());
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ApiAccessRules citizenReportTriageRoles() {
        return requests -> requests.requestMatchers("/api/inspection/citizen-reports",
                "/api/inspection/citizen-reports/**").hasRole("brigade");
    }
}
