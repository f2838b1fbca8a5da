package org.firegov.inspection.inspector;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Read model of a pool inspector. */
@Document(InspectorView.COLLECTION)
public record InspectorView(@Id String inspectorId, @Indexed String name, boolean demo,
                            Set<String> conflicts, Instant registeredAt) {

    public static final String COLLECTION = "inspectors";
}
