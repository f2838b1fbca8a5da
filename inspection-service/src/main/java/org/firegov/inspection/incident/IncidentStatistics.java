package org.firegov.inspection.incident;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Sums incidents (and historical entries, by their counts) per year or per town. A pure function. */
final class IncidentStatistics {

    /**
     * @param fires      火灾起数; {@code majorFires} 较大及以上火灾
     * @param alarms     every call-out (接处警) of any kind
     * @param historical whether the figures include the plan's historical entries
     */
    record Figures(String key, int fires, int majorFires, int deaths, int injuries, long directLossYuan, int alarms,
                   Map<IncidentKind, Integer> byKind, boolean historical) {
    }

    record Summary(List<Figures> byYear, List<Figures> byTown) {
    }

    static Summary of(Collection<IncidentView> incidents) {
        return new Summary(group(incidents, incident -> String.valueOf(incident.year())),
                group(incidents.stream().filter(incident -> !incident.historical()).toList(), IncidentView::town));
    }

    static List<Figures> byYear(Collection<IncidentView> incidents) {
        return group(incidents, incident -> String.valueOf(incident.year()));
    }

    private static List<Figures> group(Collection<IncidentView> incidents, Function<IncidentView, String> key) {
        Map<String, Figures> figures = new TreeMap<>();
        for (IncidentView incident : incidents) {
            figures.merge(key.apply(incident), figuresOf(key.apply(incident), incident), IncidentStatistics::add);
        }
        return List.copyOf(figures.values());
    }

    private static Figures figuresOf(String key, IncidentView incident) {
        boolean fire = incident.kind() == IncidentKind.FIRE;
        Map<IncidentKind, Integer> byKind = new EnumMap<>(IncidentKind.class);
        byKind.put(incident.kind(), incident.count());
        return new Figures(key, fire ? incident.count() : 0, incident.major() ? 1 : 0, incident.deaths(),
                incident.injuries(), incident.directLossYuan(), incident.count(), byKind, incident.historical());
    }

    private static Figures add(Figures a, Figures b) {
        Map<IncidentKind, Integer> byKind = new EnumMap<>(IncidentKind.class);
        byKind.putAll(a.byKind());
        b.byKind().forEach((kind, count) -> byKind.merge(kind, count, Integer::sum));
        return new Figures(a.key(), a.fires() + b.fires(), a.majorFires() + b.majorFires(), a.deaths() + b.deaths(),
                a.injuries() + b.injuries(), a.directLossYuan() + b.directLossYuan(), a.alarms() + b.alarms(),
                byKind, a.historical() || b.historical());
    }

    private IncidentStatistics() {
    }
}
