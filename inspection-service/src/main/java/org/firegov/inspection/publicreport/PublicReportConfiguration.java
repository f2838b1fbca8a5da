package org.firegov.inspection.publicreport;

import org.firegov.events.inspection.PublicReportFiledV1;
import org.firegov.inspection.publicreport.PublicReport.ReportFiled;
import org.firegov.kit.publish.IntegrationEventMapper;
import org.firegov.kit.security.ApiAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Who may file reports (the platform only; ordered before the service-wide catch-all) and what is published: who
 * filed which report, so integration-service can call that client back on the hazard's status changes.
 */
@Configuration
class PublicReportConfiguration {

    @Bean
    IntegrationEventMapper<ReportFiled> publicReportFiledV1() {
        return IntegrationEventMapper.of(ReportFiled.class, (e, at) -> new PublicReportFiledV1(e.reportId(),
                e.clientId(), e.unitId(), at));
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ApiAccessRules publicReportRoles() {
        return requests -> requests.requestMatchers("/api/inspection/platform/reports",
                "/api/inspection/platform/reports/**").hasRole("gov-platform");
    }
}
