package org.firegov.training.party;

import org.firegov.kit.security.Actor;
import org.firegov.kit.security.Role;
import org.springframework.security.access.AccessDeniedException;

/** The party a caller acts as, from its token's role and claims (never from the request). */
public final class Parties {

    public static Party of(Actor actor) {
        if (actor.has(Role.BRIGADE)) {
            return Party.BRIGADE;
        }
        if (actor.has(Role.DEPARTMENT) && actor.department() != null) {
            return new Party(PartyType.DEPARTMENT, actor.department());
        }
        if (actor.has(Role.TOWN) && actor.town() != null) {
            return new Party(PartyType.TOWN, actor.town());
        }
        throw new AccessDeniedException("no organiser scope in the token");
    }

    /** The organiser a request names: the brigade may name anyone; everybody else organises as itself. */
    public static Party organiser(Party by, PartyType requestedType, String requestedCode) {
        if (requestedType == null) {
            return by;
        }
        return requestedType == PartyType.BRIGADE ? Party.BRIGADE : new Party(requestedType, requestedCode);
    }

    private Parties() {
    }
}
