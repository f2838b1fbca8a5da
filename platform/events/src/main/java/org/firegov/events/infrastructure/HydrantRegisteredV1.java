package org.firegov.events.infrastructure;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * A hydrant or water source was entered in the registry; it starts {@code IN_SERVICE}.
 *
 * @param type      {@code HYDRANT} (市政消火栓), {@code INTAKE} (取水设施) or {@code POOL} (消防水池)
 * @param town      town code
 * @param latitude  WGS-84 latitude
 * @param longitude WGS-84 longitude
 * @param demo      demo data, not a real asset
 */
@IntegrationEventType(value = "firegov.infrastructure.hydrant.registered.v1", topic = InfrastructureEvents.HYDRANT_TOPIC)
public record HydrantRegisteredV1(
        @NotBlank String hydrantId,
        @NotBlank String type,
        @NotBlank String town,
        String road,
        double latitude,
        double longitude,
        boolean demo,
        @NotNull Instant registeredAt) implements IntegrationEvent {
}
