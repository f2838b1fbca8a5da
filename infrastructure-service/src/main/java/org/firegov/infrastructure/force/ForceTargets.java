package org.firegov.infrastructure.force;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stations and brigades in the register against the plan. Pure: registered forces in, comparison out.
 * <ul>
 * <li>stations (消防救援站): 2 at the end of 2020; Fenghuang (class 1, in Fenghuang) by 2025 (Table 3 item 3,
 * Annex 1) — 3;</li>
 * <li>government full-time brigades (政府专职消防队): 6 at the end of 2020; township brigades in Xiabao and Tongcheng
 * in 2023 (Table 3 item 4, Annex 3) — 8;</li>
 * <li>micro fire stations (微型消防站): 110 at the end of 2020; the plan sets no number, only "全面普及" in
 * communities.</li>
 * </ul>
 * The register starts empty (the plan names none of the existing forces), so {@code registered} counts what the
 * county has entered, not what exists.
 */
public final class ForceTargets {

    /** A force the plan names, by kind and town, and whether one of that kind is registered there. */
    public record Named(String town, boolean registered) {
    }

    /** @param target forces of the kind the plan expects by {@code dueYear}; null where it sets no number */
    public record KindTarget(ForceKind kind, int baseline2020, Integer target, Integer dueYear, int registered,
                             List<Named> named, boolean namedAllRegistered) {
    }

    static List<KindTarget> of(Map<ForceKind, Integer> registered, Set<String> stationTowns,
                               Set<String> brigadeTowns) {
        return List.of(
                kind(ForceKind.STATION, 2, 3, 2025, registered, List.of("fenghuang"), stationTowns),
                kind(ForceKind.FULL_TIME_BRIGADE, 6, 8, 2023, registered, List.of("xiabao", "tongcheng"), brigadeTowns),
                kind(ForceKind.MICRO_STATION, 110, null, null, registered, List.of(), Set.of()));
    }

    private static KindTarget kind(ForceKind kind, int baseline, Integer target, Integer dueYear,
                                   Map<ForceKind, Integer> registered, List<String> namedTowns, Set<String> towns) {
        List<Named> named = namedTowns.stream().map(town -> new Named(town, towns.contains(town))).toList();
        return new KindTarget(kind, baseline, target, dueYear, registered.getOrDefault(kind, 0), named,
                named.stream().allMatch(Named::registered));
    }

    private ForceTargets() {
    }
}
