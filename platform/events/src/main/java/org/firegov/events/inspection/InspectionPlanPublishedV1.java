package org.firegov.events.inspection;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * A double-random inspection plan (双随机一公开) was published with its drawn units: the denominator of the
 * random-inspection completion rate per town and department.
 *
 * @param year  the assessment year the plan's period falls in
 * @param drawn every drawn unit with its town and department at the time of the draw
 */
@IntegrationEventType(value = "firegov.inspection.plan.published.v1", topic = InspectionEvents.PLAN_TOPIC)
public record InspectionPlanPublishedV1(
        @NotBlank String planId,
        int year,
        @NotEmpty List<@Valid @NotNull DrawnUnit> drawn,
        @NotNull Instant publishedAt) implements IntegrationEvent {

    /** One unit drawn by the plan. */
    public record DrawnUnit(@NotBlank String unitId, @NotBlank String town, @NotBlank String department) {
    }
}
