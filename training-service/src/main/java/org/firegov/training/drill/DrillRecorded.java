package org.firegov.training.drill;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** An evacuation drill was held; the recorder is in the event's metadata. */
@Revision("1")
public record DrillRecorded(String drillId, String unitId, String unitName, String town, String department,
                            LocalDate heldOn, int participants, int evacuationSeconds, String note) {
}
