package org.firegov.events.inspection;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * A unit submitted its periodic self-inspection (单位自查); evidence for self-inspection coverage per town and
 * department.
 *
 * @param period      the month the self-inspection covers, {@code yyyy-MM}
 * @param failedItems items the unit found failing (each may have raised a hazard of source {@code SELF_INSPECTION})
 */
@IntegrationEventType(value = "firegov.inspection.self-inspection.submitted.v1", topic = InspectionEvents.SELF_INSPECTION_TOPIC)
public record SelfInspectionSubmittedV1(
        @NotBlank String submissionId,
        @NotBlank String unitId,
        @NotBlank String town,
        @NotBlank String department,
        @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}") String period,
        @NotNull LocalDate submittedOn,
        @PositiveOrZero int failedItems,
        @NotNull Instant submittedAt) implements IntegrationEvent {
}
