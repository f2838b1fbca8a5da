package org.firegov.accountability.openhazards;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What accountability knows of one hazard, from inspection's events. One document per hazard, so applying an
 * event twice changes nothing: counts are derived from these facts, never incremented.
 */
@Document(HazardFact.COLLECTION)
public record HazardFact(@Id String hazardId, String unitId, @Indexed String town, @Indexed String department,
                  boolean major, boolean open, Instant reportedAt, Instant closedAt, Instant deadline,
                  boolean overdue, boolean rectified, Boolean rectifiedOnTime, Instant rectifiedAt) {

    public static final String COLLECTION = "hazard_facts";
}
