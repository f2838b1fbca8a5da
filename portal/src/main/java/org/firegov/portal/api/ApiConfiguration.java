package org.firegov.portal.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * One {@link Api} per service ({@link ServiceApis}); the small clients that name the calls the portals make
 * ({@link InspectionApi}, {@link TrainingApi}, …) are components that take theirs from it. Timeouts:
 * {@code spring.http.client.*} in application.yml.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    @Bean
    ServiceApis serviceApis(RestClient.Builder serviceRestClient, ServiceUris uris, ObjectMapper json) {
        return new ServiceApis(new Api(serviceRestClient, uris.inspection(), json),
                new Api(serviceRestClient, uris.accountability(), json),
                new Api(serviceRestClient, uris.training(), json),
                new Api(serviceRestClient, uris.infrastructure(), json));
    }
}
