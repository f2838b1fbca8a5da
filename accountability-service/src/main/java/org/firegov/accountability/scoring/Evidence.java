package org.firegov.accountability.scoring;

import java.util.List;

/**
 * What a metric measured for one party and year, and from what (traceability: every point of an indicator can be
 * followed to these objects).
 *
 * @param value   the metric's value; null when nothing is due yet (a rate without a denominator)
 * @param objects the ids of the facts behind the value (hazards, tasks, …)
 * @param status  MEASURED, NOTHING_DUE (full points: nothing to hold the party to yet) or NO_EVIDENCE_SOURCE
 *                (the service that will provide it does not publish it yet: full points, flagged)
 */
public record Evidence(Double value, List<String> objects, Status status, String basis) {

    public enum Status { MEASURED, NOTHING_DUE, NO_EVIDENCE_SOURCE }

    static Evidence measured(double value, List<String> objects, String basis) {
        return new Evidence(value, objects, Status.MEASURED, basis);
    }

    static Evidence nothingDue(String basis) {
        return new Evidence(null, List.of(), Status.NOTHING_DUE, basis);
    }

    static Evidence noSource(String basis) {
        return new Evidence(null, List.of(), Status.NO_EVIDENCE_SOURCE, basis);
    }
}
