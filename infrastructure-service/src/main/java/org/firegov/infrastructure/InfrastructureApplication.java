package org.firegov.infrastructure;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** 公共消防基础设施 — hydrants and water sources, key projects of the plan (Table 3), their milestones. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class InfrastructureApplication {

    public static void main(String[] args) {
        SpringApplication.run(InfrastructureApplication.class, args);
    }
}
