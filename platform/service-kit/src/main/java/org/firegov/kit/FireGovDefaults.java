package org.firegov.kit;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code firegov-defaults.properties} as the lowest-precedence property source, so every service gets the
 * same sensible defaults (Axon on PostgreSQL, Kafka serializers, audience check, actuator exposure) and overrides
 * any of them in its own {@code application.yml} or through environment variables.
 */
public class FireGovDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            new PropertiesPropertySourceLoader()
                    .load("firegov-defaults", new ClassPathResource("firegov-defaults.properties"))
                    .forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
