package org.firegov.integration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * 政务服务平台对接 — the edge to the county government-service platform (渝快办): the public disclosure feed and
 * signed status callbacks, both built from Kafka integration events only.
 */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class IntegrationApplication {

    public static void main(String[] args) {
        SpringApplication.run(IntegrationApplication.class, args);
    }
}
