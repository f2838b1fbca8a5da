package org.firegov.gateway.security;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the realm lives. In docker-compose the browser sees Keycloak under a different host than the gateway does, so
 * there are two addresses: the public issuer (what tokens carry in {@code iss}, where browsers are sent) and the
 * internal base for server-to-server calls (token endpoint, JWKS, userinfo).
 *
 * @param issuerUri   public issuer, e.g. {@code http://localhost:8180/realms/firegov}
 * @param internalUri the same realm as the gateway reaches it; defaults to the issuer
 */
@ConfigurationProperties("firegov.keycloak")
public record KeycloakProperties(URI issuerUri, URI internalUri) {

    public KeycloakProperties {
        if (issuerUri == null) {
            throw new IllegalArgumentException("firegov.keycloak.issuer-uri (KEYCLOAK_ISSUER_URI) is required");
        }
        if (internalUri == null) {
            internalUri = issuerUri;
        }
    }

    /** RP-initiated logout endpoint, browser-facing. */
    public String endSessionEndpoint() {
        return issuerUri + "/protocol/openid-connect/logout";
    }
}
