package org.firegov.kit.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, from the verified token only — never from a request field.
 *
 * @param userId     the token subject
 * @param username   {@code preferred_username} (or the client id of a machine client)
 * @param department industry department code for role {@code department}, else null
 * @param town       town/street code for role {@code town}, else null
 * @param unit       unified social credit code for role {@code unit}, else null
 */
public record Actor(String userId, String username, Set<Role> roles, String department, String town, String unit) {

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor from(Jwt jwt) {
        return new Actor(
                jwt.getSubject(),
                Objects.requireNonNullElse(jwt.getClaimAsString("preferred_username"),
                        Objects.requireNonNullElse(jwt.getClaimAsString("azp"), jwt.getSubject())),
                rolesOf(jwt),
                jwt.getClaimAsString("department"),
                jwt.getClaimAsString("town"),
                jwt.getClaimAsString("unit"));
    }

    static Set<Role> rolesOf(Jwt jwt) {
        Object claim = jwt.getClaims().get("roles");
        Collection<?> names = claim instanceof Collection<?> c ? c : List.of();
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (names.contains(role.claimValue())) {
                roles.add(role);
            }
        }
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Committee and brigade see the whole county. */
    public boolean countyWide() {
        return has(Role.COMMITTEE) || has(Role.BRIGADE);
    }

    /**
     * May this actor see an object that belongs to the given town, department and unit?
     * County-wide roles see all; a department sees its sector; a town its jurisdiction; a unit itself.
     */
    public boolean canSee(String objectTown, String objectDepartment, String objectUnit) {
        return countyWide()
                || (has(Role.DEPARTMENT) && department != null && department.equals(objectDepartment))
                || (has(Role.TOWN) && town != null && town.equals(objectTown))
                || (has(Role.UNIT) && unit != null && unit.equals(objectUnit));
    }
}
