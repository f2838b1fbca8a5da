package org.firegov.inspection.draw;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.firegov.inspection.draw.DoubleRandomDraw.Inspector;
import org.firegov.inspection.draw.DoubleRandomDraw.PopulationUnit;

/** Commands of a double-random inspection plan (双随机抽查计划). */
public final class PlanCommands {

    /**
     * Create the plan and draw at once, from a recorded seed and the population snapshot taken from the registry
     * by the filter (so the draw never depends on the registry changing later).
     */
    public record DrawPlan(@TargetAggregateIdentifier String planId, String name, LocalDate periodFrom,
                           LocalDate periodTo, PopulationFilter filter, int sampleSize, int inspectorsPerInspection,
                           List<Inspector> inspectors, long seed, List<PopulationUnit> population) {
    }

    /** 一公开 — publish the plan and its draw. */
    public record PublishPlan(@TargetAggregateIdentifier String planId) {
    }

    private PlanCommands() {
    }
}
