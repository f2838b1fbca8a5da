package org.firegov.inspection.expert;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** An expert of the pool as the brigade and the committee see him. */
@Document(ExpertView.COLLECTION)
public record ExpertView(@Id String expertId, String name, @Indexed String field, List<String> qualifications,
                         Set<String> conflicts, boolean active, Instant registeredAt) {

    public static final String COLLECTION = "experts";
}
