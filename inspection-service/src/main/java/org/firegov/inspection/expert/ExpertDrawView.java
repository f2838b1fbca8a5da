package org.firegov.inspection.expert;

import java.time.Instant;
import java.util.List;

import org.firegov.inspection.draw.DoubleRandomDraw.Inspector;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An expert draw with everything needed to re-run it: seed, pool snapshot (expert ids and conflicts), count. */
@Document(ExpertDrawView.COLLECTION)
public record ExpertDrawView(@Id String drawId, String unitId, String field, String purpose, int count, long seed,
                             List<Inspector> pool, List<String> experts, Instant drawnAt, String drawnBy) {

    public static final String COLLECTION = "expert_draws";
}
