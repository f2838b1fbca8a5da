package org.firegov.kit;

import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What a FireGov service says about itself; the rest of the kit's defaults follow from its name.
 *
 * @param name the bounded context, e.g. {@code inspection}: CloudEvents source {@code /firegov/<name>}, the
 *             PostgreSQL and MongoDB database name, the Kafka consumer group {@code firegov-<name>}
 */
@Validated
@ConfigurationProperties("firegov.service")
public record FireGovServiceProperties(@Pattern(regexp = "[a-z][a-z-]*") String name) {

    public String eventSource() {
        return "/firegov/" + name;
    }
}
