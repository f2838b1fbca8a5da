package org.firegov.kit.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's role rules per endpoint (who may call what), applied in the security filter chain before the
 * request body is even read: a wrong role gets 403 before validation. Which object a caller may touch is
 * checked in the feature with {@link Actor}.
 */
@FunctionalInterface
public interface ApiAccessRules
        extends Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> {
}
