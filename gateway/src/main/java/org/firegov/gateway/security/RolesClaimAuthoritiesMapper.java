package org.firegov.gateway.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;
import org.springframework.stereotype.Component;

/**
 * Browser logins: maps the flat {@code roles} claim of the ID token / userinfo to {@code ROLE_<name>} authorities,
 * the same authorities bearer tokens get (those are mapped by Spring's {@code JwtGrantedAuthoritiesConverter},
 * configured with {@code spring.security.oauth2.resourceserver.jwt.authorities-claim-name=roles}).
 * Spring Security's {@code oauth2Login} picks this bean up by type.
 */
@Component
class RolesClaimAuthoritiesMapper implements GrantedAuthoritiesMapper {

    static final String ROLES_CLAIM = "roles";

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<GrantedAuthority> mapped = new LinkedHashSet<>(authorities);
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof OAuth2UserAuthority user
                    && user.getAttributes().get(ROLES_CLAIM) instanceof Collection<?> roles) {
                roles.forEach(role -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
            }
        }
        return mapped;
    }
}
