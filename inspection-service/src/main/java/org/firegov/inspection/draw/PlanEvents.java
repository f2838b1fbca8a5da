package org.firegov.inspection.draw;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.firegov.inspection.draw.DoubleRandomDraw.Assignment;
import org.firegov.inspection.draw.DoubleRandomDraw.Inspector;
import org.firegov.inspection.draw.DoubleRandomDraw.PopulationUnit;

/** Domain events of double-random plans, private to inspection-service. */
public final class PlanEvents {

    /** Everything needed to re-run the draw: seed, population snapshot, pool, sizes; and its result. */
    @Revision("1")
    public record PlanDrawn(String planId, String name, LocalDate periodFrom, LocalDate periodTo,
                            PopulationFilter filter, int sampleSize, int inspectorsPerInspection,
                            List<Inspector> inspectors, long seed, List<PopulationUnit> population,
                            List<Assignment> assignments) {
    }

    @Revision("1")
    public record PlanPublished(String planId) {
    }

    private PlanEvents() {
    }
}
