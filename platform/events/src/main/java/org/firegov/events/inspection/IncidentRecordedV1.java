package org.firegov.events.inspection;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * A fire or rescue incident (火灾/警情) was recorded, or a historical year's totals were entered.
 *
 * @param town           town code where it happened ({@code county} for historical county-wide totals)
 * @param kind           {@code FIRE}, {@code RESCUE}, {@code SOCIAL_ASSISTANCE} (社会救助) or {@code OTHER}
 * @param major          a major fire (较大及以上火灾), which vetoes the town's assessment for its year (一票否决)
 * @param deaths         people killed
 * @param injuries       people injured
 * @param directLossYuan direct economic loss in yuan
 * @param historical     an entry of the plan's 2016–2020 history rather than a live incident
 */
@IntegrationEventType(value = "firegov.inspection.incident.recorded.v1", topic = InspectionEvents.INCIDENT_TOPIC)
public record IncidentRecordedV1(
        @NotBlank String incidentId,
        @NotBlank String town,
        @NotNull LocalDate occurredOn,
        @NotBlank String kind,
        boolean major,
        @PositiveOrZero int deaths,
        @PositiveOrZero int injuries,
        @PositiveOrZero long directLossYuan,
        boolean historical,
        @NotNull Instant recordedAt) implements IntegrationEvent {
}
