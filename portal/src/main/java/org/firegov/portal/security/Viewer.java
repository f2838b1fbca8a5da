package org.firegov.portal.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is looking at a page, from the verified token the gateway relayed (never from the request). Decides only what
 * the pages offer; what the user may really see is decided by the services with the same token.
 *
 * @param role       the portal this user lands on: committee, brigade, department, town or unit
 * @param department 行业部门 code, for role department
 * @param town       乡镇（街道） code, for role town
 * @param unit       统一社会信用代码 of the unit, for role unit
 */
public record Viewer(String username, String displayName, String role, String department, String town, String unit) {

    /** The portals, in the order a user with several roles lands on them. */
    public static final List<String> PORTALS = List.of("committee", "brigade", "department", "town", "unit");

    public static Viewer anonymous() {
        return new Viewer(null, null, null, null, null, null);
    }

    public static Viewer of(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            return anonymous();
        }
        Jwt jwt = token.getToken();
        Collection<?> roles = jwt.getClaim("roles") instanceof Collection<?> c ? c : List.of();
        String role = PORTALS.stream().filter(roles::contains).findFirst().orElse(null);
        String family = jwt.getClaimAsString("family_name");
        String given = jwt.getClaimAsString("given_name");
        String username = jwt.getClaimAsString("preferred_username");
        String display = family != null && given != null ? family + given : username;
        return new Viewer(username, display, role, jwt.getClaimAsString("department"), jwt.getClaimAsString("town"),
                jwt.getClaimAsString("unit"));
    }

    public boolean signedIn() {
        return username != null;
    }

    public boolean is(String portal) {
        return portal.equals(role);
    }

    /** Where this user's portal starts. */
    public String home() {
        return role == null ? "/public" : "/portal/" + role;
    }
}
