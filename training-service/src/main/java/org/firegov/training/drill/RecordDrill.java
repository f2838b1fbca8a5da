package org.firegov.training.drill;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record an evacuation drill (疏散演练) held at a unit or school. */
public record RecordDrill(@TargetAggregateIdentifier String drillId, String unitId, String unitName, String town,
                          String department, LocalDate heldOn, int participants, int evacuationSeconds, String note,
                          LocalDate today) {
}
