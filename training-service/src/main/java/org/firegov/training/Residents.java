package org.firegov.training;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Resident populations (常住人口) for per-resident ratios, from configuration ({@code firegov.training.residents}):
 * the plan states none, so these are the county's own statistics. {@code county} is the county's total; when not
 * set, the towns' sum. The configured towns are also the towns a public survey respondent may name.
 */
@ConfigurationProperties("firegov.training.residents")
public record Residents(Long county, Map<String, Long> towns) {

    public Residents {
        towns = towns == null ? Map.of() : new TreeMap<>(towns);
    }

    public long countyTotal() {
        return county != null ? county : towns.values().stream().mapToLong(Long::longValue).sum();
    }

    public Long of(String town) {
        return towns.get(town);
    }

    public boolean knows(String town) {
        return towns.containsKey(town);
    }

    /** {@code count} per {@code per} residents, to two decimals; null when the population is unknown or zero. */
    public static Double ratio(long count, Long population, int per) {
        if (population == null || population <= 0) {
            return null;
        }
        return Math.round(count * (double) per / population * 100) / 100.0;
    }
}
