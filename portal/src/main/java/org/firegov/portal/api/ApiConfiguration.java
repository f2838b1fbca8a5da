package org.firegov.portal.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * One {@link Api} per service, each wrapped by a small client that names the calls the portals make. Timeouts:
 * {@code spring.http.client.*} in application.yml.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    @Bean
    InspectionApi inspectionApi(RestClient.Builder serviceRestClient, ServiceUris uris, ObjectMapper json) {
        return new InspectionApi(new Api(serviceRestClient, uris.inspection(), json));
    }

    @Bean
    IncidentApi incidentApi(RestClient.Builder serviceRestClient, ServiceUris uris, ObjectMapper json) {
        return new IncidentApi(new Api(serviceRestClient, uris.inspection(), json));
    }

    @Bean
    AlarmApi alarmApi(RestClient.Builder serviceRestClient, ServiceUris uris, ObjectMapper json) {
        return new AlarmApi(new Api(serviceRestClient, uris.inspection(), json));
    }

    @Bean
    OnSiteInspectionApi onSiteInspectionApi(RestClient.Builder serviceRestClient, ServiceUris uris, ObjectMapper json) {
        return new OnSiteInspectionApi(new Api(serviceRestClient, uris.inspection(), json));
    }

    @Bean
    SelfInspectionApi selfInspectionApi(RestClient.Builder serviceRestClient, ServiceUris uris, ObjectMapper json) {
        return new SelfInspectionApi(new Api(serviceRestClient, uris.inspection(), json));
    }

    @Bean
    PublicReportApi publicReportApi(RestClient.Builder serviceRestClient, ServiceUris uris, ObjectMapper json) {
        return new PublicReportApi(new Api(serviceRestClient, uris.inspection(), json));
    }

    @Bean
    CitizenReportApi citizenReportApi(RestClient.Builder serviceRestClient, ServiceUris uris, ObjectMapper json) {
        return new CitizenReportApi(new Api(serviceRestClient, uris.inspection(), json));
    }

    @Bean
    AccountabilityApi accountabilityApi(RestClient.Builder serviceRestClient, ServiceUris uris, ObjectMapper json) {
        return new AccountabilityApi(new Api(serviceRestClient, uris.accountability(), json));
    }

    @Bean
    TrainingApi trainingApi(RestClient.Builder serviceRestClient, ServiceUris uris, ObjectMapper json) {
        return new TrainingApi(new Api(serviceRestClient, uris.training(), json));
    }

    @Bean
    InfrastructureApi infrastructureApi(RestClient.Builder serviceRestClient, ServiceUris uris, ObjectMapper json) {
        return new InfrastructureApi(new Api(serviceRestClient, uris.infrastructure(), json));
    }
}
