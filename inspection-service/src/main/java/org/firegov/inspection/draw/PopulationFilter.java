package org.firegov.inspection.draw;

import java.util.Set;

import org.firegov.inspection.unit.UnitCategory;

/** Which active units form the population of a draw; an empty set means "any". */
public record PopulationFilter(Set<UnitCategory> categories, Set<String> towns, Set<String> departments) {
}
