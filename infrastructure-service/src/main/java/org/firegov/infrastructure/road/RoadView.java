package org.firegov.infrastructure.road;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Read model of a registered road and its required hydrants. */
@Document(RoadView.COLLECTION)
public record RoadView(@Id String roadId, String name, @Indexed String town, int requiredHydrants,
                       boolean demo, Instant registeredAt) {

    public static final String COLLECTION = "roads";
}
