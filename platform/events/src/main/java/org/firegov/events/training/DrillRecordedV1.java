package org.firegov.events.training;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * An evacuation drill (疏散演练) was held at a unit or school.
 *
 * @param evacuationSeconds the observed time until everyone was out
 */
@IntegrationEventType(value = "firegov.training.drill.recorded.v1", topic = TrainingEvents.DRILL_TOPIC)
public record DrillRecordedV1(@NotBlank String drillId, @NotBlank String unitId, @NotBlank String town,
                              String department, @NotNull LocalDate heldOn, @Positive int participants,
                              @Positive int evacuationSeconds) implements IntegrationEvent {
}
