package org.firegov.events.inspection;

import java.time.Instant;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * A social unit (社会单位) entered the registry.
 *
 * @param unitId     the unit's unified social credit code (统一社会信用代码), its identity everywhere
 * @param town       town/street code (乡镇街道), e.g. {@code xiabao}
 * @param department supervising industry department code (行业主管部门), e.g. {@code education}
 * @param riskGrade  {@code HIGH_RISK} (火灾高危单位), {@code KEY} (消防安全重点单位) or {@code GENERAL} (一般单位)
 */
@IntegrationEventType(value = "firegov.inspection.unit.registered.v1", topic = InspectionEvents.UNIT_TOPIC)
public record UnitRegisteredV1(
        @NotBlank String unitId,
        @NotBlank String name,
        @NotBlank String town,
        @NotBlank String department,
        Set<String> categories,
        @NotBlank String riskGrade,
        @NotNull Instant registeredAt) implements IntegrationEvent {
}
