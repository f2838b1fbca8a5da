package org.firegov.inspection.hazard;

import org.firegov.kit.security.Actor;
import org.firegov.kit.security.Role;

/** Turns the verified caller into the framework-free {@link Requester} the hazard aggregate checks. */
final class Requesters {

    static Requester of(Actor actor) {
        if (actor.has(Role.BRIGADE)) {
            return Requester.brigade();
        }
        if (actor.has(Role.COMMITTEE)) {
            return Requester.committee();
        }
        if (actor.has(Role.TOWN) && actor.town() != null) {
            return Requester.town(actor.town());
        }
        if (actor.has(Role.UNIT) && actor.unit() != null) {
            return Requester.unit(actor.unit());
        }
        if (actor.has(Role.DEPARTMENT) && actor.department() != null) {
            return new Requester(Requester.Kind.DEPARTMENT, actor.department());
        }
        // no scope at all: a party that sees nothing
        return new Requester(Requester.Kind.UNIT, "");
    }

    private Requesters() {
    }
}
