package org.firegov.infrastructure.road;

import org.axonframework.serialization.Revision;

/** Domain events of the road register, private to infrastructure-service. */
public final class RoadEvents {

    @Revision("1")
    public record RoadRegistered(String roadId, String name, String town, int requiredHydrants, boolean demo) {
    }

    private RoadEvents() {
    }
}
