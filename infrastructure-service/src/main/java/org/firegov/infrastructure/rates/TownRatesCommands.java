package org.firegov.infrastructure.rates;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Commands that keep a town's hydrant counts, sent by {@link TownRatesFeeder} from the hydrant and road events.
 * Each states an object's current contribution (set, not add), so a repeated command changes nothing.
 */
public final class TownRatesCommands {

    /** The aggregate id of a town's rates: {@code hydrant-rates:xiabao} (a ':' no other aggregate id contains). */
    public static String idOf(String town) {
        return "hydrant-rates:" + town;
    }

    /** A municipal hydrant (not demo) of the town was registered. */
    public record CountHydrant(@TargetAggregateIdentifier String ratesId, String town, String hydrantId,
                               boolean inService) {
    }

    /** A hydrant's status changed; only a hydrant that is counted (not demo, type HYDRANT) changes the counts. */
    public record UpdateHydrant(@TargetAggregateIdentifier String ratesId, String town, String hydrantId,
                                boolean inService) {
    }

    /** A road (not demo) of the town requires {@code required} hydrants (三同步). */
    public record CountRoad(@TargetAggregateIdentifier String ratesId, String town, String roadId, int required) {
    }

    private TownRatesCommands() {
    }
}
