package org.firegov.kit.security;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.firegov.kit.web.ProblemSecurityHandlers;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service is an OAuth2 resource server of the Keycloak realm {@code firegov}: bearer JWTs only (issuer and
 * audience {@code firegov-api} checked), stateless, {@code roles} claim to {@code ROLE_*} authorities (see
 * firegov-defaults.properties), health and info public, {@code /api/<context>/public/**} anonymous, the rest
 * authenticated. Which object an actor may touch is decided in the features with {@link Actor}.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration")
@EnableMethodSecurity
public class SecurityKitConfiguration {

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(ObjectMapper json) {
        return new ProblemSecurityHandlers(json);
    }

    @Bean
    SecurityFilterChain fireGovApiSecurity(HttpSecurity http, ProblemSecurityHandlers problems,
                                           List<ApiAccessRules> accessRules) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                            .requestMatchers("/api/*/public/**", "/error").permitAll()
                            // read-model rebuilds (ReadModelEndpoint), when an operator exposes them
                            .requestMatchers("/actuator/readmodels", "/actuator/readmodels/**")
                            .hasRole(Role.BRIGADE.claimValue());
                    accessRules.forEach(rules -> rules.customize(requests));
                    requests.requestMatchers("/api/**").authenticated()
                            .anyRequest().denyAll();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> { })
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .build();
    }

    @Bean
    WebMvcConfigurer actorArguments() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ActorArgumentResolver());
            }
        };
    }
}
