package org.firegov.events.inspection;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * A unit made no self-inspection (单位自查) in a half year that is over — the plan's minimum is one every half year
 * (每半年开展一次消防安全自查). Published once per unit and half year, for the town and department to follow up.
 *
 * @param recordId  derived from unit and half year (the Kafka key)
 * @param half      {@code yyyy-H1} (January–June) or {@code yyyy-H2} (July–December)
 * @param checkedOn the day the check found it
 */
@IntegrationEventType(value = "firegov.inspection.self-inspection.missed.v1", topic = InspectionEvents.SELF_INSPECTION_TOPIC)
public record SelfInspectionMissedV1(
        @NotBlank String recordId,
        @NotBlank String unitId,
        @NotBlank String town,
        @NotBlank String department,
        @NotBlank @Pattern(regexp = "\\d{4}-H[12]") String half,
        @NotNull LocalDate checkedOn,
        @NotNull Instant missedAt) implements IntegrationEvent {
}
