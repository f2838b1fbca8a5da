package org.firegov.infrastructure.rates;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.firegov.infrastructure.hydrant.HydrantEvents.HydrantRegistered;
import org.firegov.infrastructure.hydrant.HydrantEvents.HydrantStatusChanged;
import org.firegov.infrastructure.hydrant.HydrantStatus;
import org.firegov.infrastructure.hydrant.HydrantType;
import org.firegov.infrastructure.rates.TownRatesCommands.CountHydrant;
import org.firegov.infrastructure.rates.TownRatesCommands.CountRoad;
import org.firegov.infrastructure.rates.TownRatesCommands.UpdateHydrant;
import org.firegov.infrastructure.road.RoadEvents.RoadRegistered;
import org.springframework.stereotype.Component;

/**
 * Turns hydrant and road facts into each town's hydrant counts ({@link TownHydrantRates}). Only municipal hydrants
 * ({@code HYDRANT}) and real data count: demo hydrants and roads are left out of the published evidence. Its own
 * tracking processor starts at the beginning of the event store, so an existing installation gets its rates; the
 * commands are idempotent (they set a contribution), and a reset does not re-send them.
 */
@Component
@ProcessingGroup("town-hydrant-rates")
@DisallowReplay
class TownRatesFeeder {

    private final CommandGateway commands;

    TownRatesFeeder(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(HydrantRegistered event) {
        if (event.type() == HydrantType.HYDRANT && !event.demo()) {
            commands.sendAndWait(new CountHydrant(TownRatesCommands.idOf(event.town()), event.town(),
                    event.hydrantId(), true));
        }
    }

    @EventHandler
    void on(HydrantStatusChanged event) {
        if (event.type() == HydrantType.HYDRANT) {
            commands.sendAndWait(new UpdateHydrant(TownRatesCommands.idOf(event.town()), event.town(),
                    event.hydrantId(), event.to() == HydrantStatus.IN_SERVICE));
        }
    }

    @EventHandler
    void on(RoadRegistered event) {
        if (!event.demo()) {
            commands.sendAndWait(new CountRoad(TownRatesCommands.idOf(event.town()), event.town(), event.roadId(),
                    event.requiredHydrants()));
        }
    }
}
