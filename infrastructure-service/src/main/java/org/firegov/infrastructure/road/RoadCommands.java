package org.firegov.infrastructure.road;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands of the road register ("three synchronisations" 三同步: a new road plans its hydrants). */
public final class RoadCommands {

    /**
     * @param requiredHydrants hydrants the road must have by design (the denominator of 建有率)
     * @param actingTown       the town of a town user, or null for the brigade
     */
    public record RegisterRoad(@TargetAggregateIdentifier String roadId, String name, String town,
                               int requiredHydrants, boolean demo, String actingTown) {
    }

    private RoadCommands() {
    }
}
