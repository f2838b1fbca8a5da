package org.firegov.training;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** 宣传教育培训 — publicity, education and training: campaigns (宣传活动) and their public calendar. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TrainingApplication {

    public static void main(String[] args) {
        SpringApplication.run(TrainingApplication.class, args);
    }
}
