package org.firegov.events.infrastructure;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * A town's municipal hydrant rates changed: sent whenever a hydrant or road changes one of the counts behind them
 * (and never when nothing changed). Demo data is not counted. The latest event per town (record key) is the
 * town's current figure.
 *
 * @param required          hydrants required by the town's registered roads (三同步), the coverage denominator
 * @param built             municipal hydrants (市政消火栓, type {@code HYDRANT}) registered in the town
 * @param inService         of those, in service
 * @param coverage          建有率 = built / required, percent with one decimal; null when nothing is required
 * @param intact            完好率 = in service / built, percent with one decimal; null when none is built
 * @param coverageTargetMet the plan's 2025 target of 100 % is met (true when nothing is required)
 * @param intactTargetMet   the plan's 2025 target of at least 98 % is met (false when none is built)
 */
@IntegrationEventType(value = "firegov.infrastructure.hydrant-rates.changed.v1", topic = InfrastructureEvents.RATES_TOPIC)
public record HydrantRatesChangedV1(
        @NotBlank String town,
        int required,
        int built,
        int inService,
        BigDecimal coverage,
        BigDecimal intact,
        boolean coverageTargetMet,
        boolean intactTargetMet,
        @NotNull Instant changedAt) implements IntegrationEvent {
}
