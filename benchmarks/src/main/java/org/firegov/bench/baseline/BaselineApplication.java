package org.firegov.bench.baseline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The write path's baseline: a plain Spring Boot + JPA app that stores the same hazard report in a table of the same
 * PostgreSQL, as a resource server of the same realm (same JWT check), behind the same gateway. No event store, no
 * aggregate, no read-model check, no outbox. Started by the harness as a child JVM with the services' JVM flags;
 * configured by {@code baseline.yml}.
 */
@SpringBootApplication
public class BaselineApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(BaselineApplication.class);
        app.setDefaultProperties(java.util.Map.of("spring.config.name", "baseline"));
        app.run(args);
    }
}
