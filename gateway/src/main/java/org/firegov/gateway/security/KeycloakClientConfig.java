package org.firegov.gateway.security;

import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientProperties;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientPropertiesMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;

/**
 * The {@code keycloak} client registration comes from the ordinary {@code spring.security.oauth2.client.*} properties,
 * with explicit endpoint URIs so that startup never calls Keycloak. Two things those properties cannot say without
 * OIDC discovery are added here: the issuer (so ID tokens are checked against it) and the end-session endpoint (for
 * RP-initiated logout).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class KeycloakClientConfig {

    static final String REGISTRATION_ID = "keycloak";

    @Bean
    ReactiveClientRegistrationRepository clientRegistrationRepository(OAuth2ClientProperties properties,
                                                                      KeycloakProperties keycloak) {
        List<ClientRegistration> registrations = new OAuth2ClientPropertiesMapper(properties).asClientRegistrations()
                .values().stream()
                .map(registration -> REGISTRATION_ID.equals(registration.getRegistrationId())
                        ? withKeycloakMetadata(registration, keycloak) : registration)
                .toList();
        return new InMemoryReactiveClientRegistrationRepository(registrations);
    }

    /** Tokens stay in the browser's server-side session (BFF), not in an application-wide map. */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    private static ClientRegistration withKeycloakMetadata(ClientRegistration registration,
                                                           KeycloakProperties keycloak) {
        return ClientRegistration.withClientRegistration(registration)
                .issuerUri(keycloak.issuerUri().toString())
                .providerConfigurationMetadata(Map.of("end_session_endpoint", keycloak.endSessionEndpoint()))
                .build();
    }
}
