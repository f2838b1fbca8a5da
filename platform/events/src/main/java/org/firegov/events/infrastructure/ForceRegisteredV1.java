package org.firegov.events.infrastructure;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * A fire and rescue force entered the register: evidence for the plan's stations (2 in 2020, Fenghuang by 2025),
 * government full-time brigades (6 in 2020, Xiabao and Tongcheng by 2023) and micro fire stations (110 in 2020).
 *
 * @param kind         {@code STATION} (消防救援站), {@code FULL_TIME_BRIGADE} (政府专职消防队) or {@code MICRO_STATION}
 * @param stationClass {@code CLASS_1}, {@code CLASS_2}, {@code SMALL}, {@code SPECIAL} for a station, else null
 */
@IntegrationEventType(value = "firegov.infrastructure.force.registered.v1", topic = InfrastructureEvents.FORCE_TOPIC)
public record ForceRegisteredV1(
        @NotBlank String forceId,
        @NotBlank String kind,
        @NotBlank String name,
        @NotBlank String town,
        String stationClass,
        int personnel,
        @NotNull Instant registeredAt) implements IntegrationEvent {
}
