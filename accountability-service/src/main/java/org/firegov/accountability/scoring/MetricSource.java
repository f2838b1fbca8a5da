package org.firegov.accountability.scoring;

import java.util.Set;

import org.firegov.accountability.party.ResponsibleParty;
import org.firegov.accountability.scheme.Metric;

/**
 * Measures some metrics from the facts one feature keeps (hazards, campaigns, incidents, …). Each metric has
 * exactly one source; a metric without one scores full points flagged {@code NO_EVIDENCE_SOURCE}.
 */
public interface MetricSource {

    Set<Metric> metrics();

    /** The metric's value for the party over the period, with the ids of the facts behind it. */
    Evidence measure(Metric metric, ResponsibleParty party, AssessmentPeriod period);
}
