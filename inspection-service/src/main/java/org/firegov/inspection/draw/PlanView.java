package org.firegov.inspection.draw;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.firegov.inspection.draw.DoubleRandomDraw.Assignment;
import org.firegov.inspection.draw.DoubleRandomDraw.Inspector;
import org.firegov.inspection.draw.DoubleRandomDraw.PopulationUnit;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Read model of a double-random plan: the draw's inputs (seed, snapshot, pool) beside its result. */
@Document(PlanView.COLLECTION)
public record PlanView(@Id String planId, String name, LocalDate periodFrom, LocalDate periodTo,
                       PopulationFilter filter, int sampleSize, int inspectorsPerInspection,
                       List<Inspector> inspectors, long seed, List<PopulationUnit> population,
                       List<Assignment> assignments, Instant drawnAt, String drawnBy, boolean published,
                       Instant publishedAt) {

    public static final String COLLECTION = "inspection_plans";
}
