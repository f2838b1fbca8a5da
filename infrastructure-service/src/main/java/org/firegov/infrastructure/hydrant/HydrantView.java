package org.firegov.infrastructure.hydrant;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Read model of a hydrant or water source; coordinates are WGS-84. */
@Document(HydrantView.COLLECTION)
public record HydrantView(@Id String hydrantId, HydrantType type, @Indexed String town, String road,
                          double latitude, double longitude, HydrantStatus status, String statusReason,
                          Instant statusChangedAt, boolean demo, Instant registeredAt) {

    public static final String COLLECTION = "hydrants";
}
