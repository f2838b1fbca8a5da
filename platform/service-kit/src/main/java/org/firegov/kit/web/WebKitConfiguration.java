package org.firegov.kit.web;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Problem details for every error and a correlation id on every request. */
@AutoConfiguration(beforeName = "org.springframework.boot.actuate.autoconfigure.data.mongo.MongoHealthContributorAutoConfiguration",
        afterName = "org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration")
@Import(ProblemDetailsAdvice.class)
@EnableConfigurationProperties(RateLimitProperties.class)
public class WebKitConfiguration {

    /** Named so that it replaces Boot's {@code hello}-based MongoDB health indicator. */
    @Bean(name = "mongoHealthContributor")
    MongoPingHealth mongoHealthContributor(MongoTemplate mongo) {
        return new MongoPingHealth(mongo);
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Limits only the paths a service names ({@code firegov.rate-limit.paths}); runs after the correlation id. */
    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitProperties limits, ObjectMapper json) {
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(limits, json, Clock.systemUTC()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
