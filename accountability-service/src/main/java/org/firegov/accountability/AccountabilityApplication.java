package org.firegov.accountability;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** 消防安全责任制 — responsibility assessment: what the fire-safety committee sees of every town and department. */
@SpringBootApplication
public class AccountabilityApplication {

    public static void main(String[] args) {
        SpringApplication.run(AccountabilityApplication.class, args);
    }
}
