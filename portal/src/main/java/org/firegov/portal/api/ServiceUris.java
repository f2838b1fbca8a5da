package org.firegov.portal.api;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the portal reaches each service's API. It calls the services directly (not back through the gateway): one
 * hop less, and each service checks the relayed token and the caller's scope itself, exactly as for a call through
 * the gateway.
 */
@ConfigurationProperties("firegov.portal.services")
public record ServiceUris(URI inspection, URI accountability, URI training, URI infrastructure) {
}
