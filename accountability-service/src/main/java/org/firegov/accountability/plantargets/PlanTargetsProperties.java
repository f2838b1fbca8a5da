package org.firegov.accountability.plantargets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Figures the plan-target monitoring needs that the plan does not give: the county's resident population (for fire
 * deaths per million residents) and where it comes from.
 */
@Validated
@ConfigurationProperties("firegov.plan-targets")
public record PlanTargetsProperties(@Positive long countyPopulation, @NotBlank String countyPopulationSource) {
}
