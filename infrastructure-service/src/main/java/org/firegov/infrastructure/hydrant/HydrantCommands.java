package org.firegov.infrastructure.hydrant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Commands of the hydrant and water-source registry. {@code actingTown} is the town of a town user (who may touch
 * only its own town's hydrants) or null for the brigade (county-wide).
 */
public final class HydrantCommands {

    public record RegisterHydrant(@TargetAggregateIdentifier String hydrantId, HydrantType type, String town,
                                  String road, double latitude, double longitude, boolean demo, String actingTown) {
    }

    /** Correct where a hydrant is (road, coordinates); its town never changes. */
    public record UpdateHydrantDetails(@TargetAggregateIdentifier String hydrantId, String road, double latitude,
                                       double longitude, String actingTown) {
    }

    public record ChangeHydrantStatus(@TargetAggregateIdentifier String hydrantId, HydrantStatus status,
                                      String reason, StatusChangeSource source, String actingTown) {
    }

    private HydrantCommands() {
    }
}
