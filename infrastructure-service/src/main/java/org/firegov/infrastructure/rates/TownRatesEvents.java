package org.firegov.infrastructure.rates;

import org.axonframework.serialization.Revision;

/** Domain events of a town's hydrant counts, private to infrastructure-service. */
public final class TownRatesEvents {

    @Revision("1")
    public record HydrantCounted(String ratesId, String town, String hydrantId, boolean inService) {
    }

    @Revision("1")
    public record RoadCounted(String ratesId, String town, String roadId, int required) {
    }

    /** The counts behind the town's coverage and intact rates changed; published as the rates. */
    @Revision("1")
    public record TownHydrantRatesChanged(String ratesId, String town, int required, int built, int inService) {
    }

    private TownRatesEvents() {
    }
}
