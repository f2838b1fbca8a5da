package org.firegov.gateway.me;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, as the gateway sees it: from the session's OIDC user (browser) or from the bearer JWT.
 *
 * @param roles      realm roles (the {@code ROLE_} authorities without prefix)
 * @param department 行业部门 scope claim, if any
 * @param town       乡镇（街道） scope claim, if any
 * @param unit       社会单位 scope claim, if any
 */
public record CurrentUser(String username, List<String> roles, String department, String town, String unit) {

    private static final String ROLE_PREFIX = "ROLE_";

    public static CurrentUser of(Authentication authentication) {
        Map<String, Object> claims = claimsOf(authentication);
        List<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .sorted()
                .toList();
        Object username = claims.getOrDefault("preferred_username", authentication.getName());
        return new CurrentUser(String.valueOf(username), roles,
                text(claims.get("department")), text(claims.get("town")), text(claims.get("unit")));
    }

    private static Map<String, Object> claimsOf(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return jwt.getTokenAttributes();
        }
        if (authentication instanceof OAuth2AuthenticationToken login) {
            return login.getPrincipal().getAttributes();
        }
        return Map.of();
    }

    private static String text(Object claim) {
        return claim == null ? null : claim.toString();
    }
}
