package org.firegov.infrastructure.hydrant;

import org.axonframework.serialization.Revision;

/** Domain events of the hydrant and water-source registry, private to infrastructure-service. */
public final class HydrantEvents {

    /** A hydrant is registered in service. */
    @Revision("1")
    public record HydrantRegistered(String hydrantId, HydrantType type, String town, String road, double latitude,
                                    double longitude, boolean demo) {
    }

    @Revision("1")
    public record HydrantDetailsUpdated(String hydrantId, String town, String road, double latitude,
                                        double longitude) {
    }

    @Revision("1")
    public record HydrantStatusChanged(String hydrantId, HydrantType type, String town, HydrantStatus from,
                                       HydrantStatus to, String reason, StatusChangeSource source) {
    }

    private HydrantEvents() {
    }
}
