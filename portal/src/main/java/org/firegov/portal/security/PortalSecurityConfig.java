package org.firegov.portal.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The portal is a resource server like every service: the gateway relays the signed-in browser's access token
 * ({@code TokenRelay}), which is checked here (issuer, audience {@code firegov-api}, signature) and then sent on to
 * the services' APIs. No session and no cookies here: the gateway holds the session and enforces CSRF, so the
 * portal's own CSRF check is off (a bearer token is never sent by a browser on its own).
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurityConfig {

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/public", "/public/**", "/webjars/**", "/assets/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(jwt -> { }))
                .build();
    }
}
