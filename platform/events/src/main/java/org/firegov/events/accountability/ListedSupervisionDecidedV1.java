package org.firegov.events.accountability;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * The fire-safety committee decided to put a major fire hazard (重大火灾隐患) under listed supervision (挂牌督办).
 * Inspection-service carries the decision out on the hazard (and then publishes {@code hazard.listed.v1}).
 *
 * @param document  the committee's decision document number (督办文号)
 * @param rectifyBy the date the listed hazard must be rectified by
 */
@IntegrationEventType(value = "firegov.accountability.listing.decided.v1", topic = AccountabilityEvents.SUPERVISION_TOPIC)
public record ListedSupervisionDecidedV1(
        @NotBlank String decisionId,
        @NotBlank String hazardId,
        @NotBlank String unitId,
        @NotBlank String town,
        @NotBlank String department,
        @NotBlank String document,
        @NotNull LocalDate rectifyBy,
        @NotNull Instant decidedAt) implements IntegrationEvent {
}
