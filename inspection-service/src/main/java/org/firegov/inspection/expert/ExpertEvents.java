package org.firegov.inspection.expert;

import java.util.List;
import java.util.Set;

import org.axonframework.serialization.Revision;
import org.firegov.inspection.draw.DoubleRandomDraw.Inspector;

/** Domain events of the expert pool, private to inspection-service. */
public final class ExpertEvents {

    @Revision("1")
    public record ExpertRegistered(String expertId, String name, String field, List<String> qualifications,
                                   Set<String> conflicts) {
    }

    @Revision("1")
    public record ExpertConflictDeclared(String expertId, String unitId) {
    }

    @Revision("1")
    public record ExpertRetired(String expertId) {
    }

    /** Everything needed to re-run the draw: seed, the pool snapshot (ids and conflicts) and the count. */
    @Revision("1")
    public record ExpertsDrawn(String drawId, String unitId, String field, String purpose, int count, long seed,
                               List<Inspector> pool, List<String> experts) {
    }

    private ExpertEvents() {
    }
}
