package org.firegov.infrastructure.rates;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.infrastructure.rates.TownRatesCommands.CountHydrant;
import org.firegov.infrastructure.rates.TownRatesCommands.CountRoad;
import org.firegov.infrastructure.rates.TownRatesCommands.UpdateHydrant;
import org.firegov.infrastructure.rates.TownRatesEvents.HydrantCounted;
import org.firegov.infrastructure.rates.TownRatesEvents.RoadCounted;
import org.firegov.infrastructure.rates.TownRatesEvents.TownHydrantRatesChanged;

/**
 * The counts behind one town's hydrant rates (建有率、完好率): each counted hydrant with whether it is in service,
 * each road with the hydrants it requires. Announces {@link TownHydrantRatesChanged} exactly when the totals change,
 * so the rates published are never repeated nor missed, however often a fact is delivered.
 */
@Aggregate
public class TownHydrantRates {

    @AggregateIdentifier
    private String ratesId;
    private final Map<String, Boolean> hydrants = new HashMap<>();
    private final Map<String, Integer> roads = new HashMap<>();

    protected TownHydrantRates() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CountHydrant command) {
        if (!Boolean.valueOf(command.inService()).equals(hydrants.get(command.hydrantId()))) {
            count(new HydrantCounted(command.ratesId(), command.town(), command.hydrantId(), command.inService()),
                    command.town());
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(UpdateHydrant command) {
        Boolean counted = hydrants.get(command.hydrantId());
        if (counted != null && counted != command.inService()) {
            count(new HydrantCounted(command.ratesId(), command.town(), command.hydrantId(), command.inService()),
                    command.town());
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CountRoad command) {
        if (!Integer.valueOf(command.required()).equals(roads.get(command.roadId()))) {
            count(new RoadCounted(command.ratesId(), command.town(), command.roadId(), command.required()), command.town());
        }
    }

    private record Totals(int required, int built, int inService) {
    }

    private Totals totals() {
        int required = roads.values().stream().mapToInt(Integer::intValue).sum();
        int inService = (int) hydrants.values().stream().filter(Boolean::booleanValue).count();
        return new Totals(required, hydrants.size(), inService);
    }

    /** Applies a changed contribution and, if the totals moved, announces the town's new counts. */
    private void count(Object contribution, String town) {
        Totals before = totals();
        apply(contribution);
        Totals after = totals();
        if (!after.equals(before)) {
            apply(new TownHydrantRatesChanged(ratesId, town, after.required(), after.built(), after.inService()));
        }
    }

    @EventSourcingHandler
    void on(HydrantCounted event) {
        ratesId = event.ratesId();
        hydrants.put(event.hydrantId(), event.inService());
    }

    @EventSourcingHandler
    void on(RoadCounted event) {
        ratesId = event.ratesId();
        roads.put(event.roadId(), event.required());
    }
}
