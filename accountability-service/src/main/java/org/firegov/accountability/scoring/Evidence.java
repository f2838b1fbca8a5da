package org.firegov.accountability.scoring;

import java.util.List;
import java.util.function.Predicate;

import org.bson.Document;

/**
 * What a metric measured for one party and year, and from what (traceability: every point of an indicator can be
 * followed to these objects).
 *
 * @param value   the metric's value; null when nothing is due yet (a rate without a denominator)
 * @param objects the ids of the facts behind the value (hazards, tasks, incidents, …)
 * @param status  MEASURED, NOTHING_DUE (full points: nothing to hold the party to yet) or NO_EVIDENCE_SOURCE
 *                (no source for it: no service publishes it, or a figure it needs is not configured; full points, flagged)
 */
public record Evidence(Double value, List<String> objects, Status status, String basis) {

    public enum Status { MEASURED, NOTHING_DUE, NO_EVIDENCE_SOURCE }

    public static Evidence measured(double value, List<String> objects, String basis) {
        return new Evidence(value, objects, Status.MEASURED, basis);
    }

    public static Evidence nothingDue(String basis) {
        return new Evidence(null, List.of(), Status.NOTHING_DUE, basis);
    }

    public static Evidence noSource(String basis) {
        return new Evidence(null, List.of(), Status.NO_EVIDENCE_SOURCE, basis);
    }

    /** A rate in %: the facts meeting the condition of those due; nothing due when there are none. */
    public static Evidence rate(List<Document> due, Predicate<Document> met, String basis) {
        if (due.isEmpty()) {
            return nothingDue(basis);
        }
        long count = due.stream().filter(met).count();
        return measured(100.0 * count / due.size(), ids(due), basis);
    }

    /** A count of facts. */
    public static Evidence count(List<Document> facts, String basis) {
        return measured(facts.size(), ids(facts), basis);
    }

    /** A sum of a numeric field over facts; the objects are the facts contributing a non-zero amount. */
    public static Evidence sum(List<Document> facts, String field, double unit, String basis) {
        List<Document> contributing = facts.stream()
                .filter(fact -> fact.get(field) instanceof Number n && n.doubleValue() != 0).toList();
        double total = contributing.stream().mapToDouble(fact -> ((Number) fact.get(field)).doubleValue()).sum();
        return measured(total / unit, ids(contributing), basis);
    }

    public static List<String> ids(List<Document> facts) {
        return facts.stream().map(fact -> String.valueOf(fact.get("_id"))).sorted().toList();
    }
}
