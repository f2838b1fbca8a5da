package org.firegov.kit.web.idempotency;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Idempotency keys on the POSTs named by {@code firegov.idempotency.paths}, stored in the service's MongoDB. */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration")
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyConfiguration {

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(MongoTemplate mongo, IdempotencyProperties properties,
                                                                ObjectMapper json) {
        IdempotencyFilter filter = new IdempotencyFilter(new IdempotencyKeys(mongo, properties.ttl(),
                Clock.systemUTC()), properties, json);
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(filter);
        // right after Spring Security's filter chain: the caller is known, refused callers never get here
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
