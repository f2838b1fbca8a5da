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

    /**
     * 一公开. Revision 2 adds the year of the plan's period and the drawn units with their town and department from
     * the snapshot (what {@code InspectionPlanPublishedV1} tells); revision-1 events read them as 0 / null.
     */
    @Revision("2")
    public record PlanPublished(String planId, int year, List<DrawnUnit> drawn) {

        public PlanPublished(String planId) {
            this(planId, 0, null);
        }
    }

    /** A drawn unit and where it sat when the snapshot was taken (town and department may be null in old plans). */
    public record DrawnUnit(String unitId, String town, String department) {
    }

    private PlanEvents() {
    }
}
