package org.firegov.accountability.scoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.firegov.accountability.party.ResponsibleParty;
import org.firegov.accountability.scheme.Metric;
import org.springframework.stereotype.Component;

/** Measures a metric for a party and period by asking the feature that keeps its facts. */
@Component
class EvidenceFacts {

    private final Map<Metric, MetricSource> sources = new EnumMap<>(Metric.class);

    EvidenceFacts(List<MetricSource> sources) {
        for (MetricSource source : sources) {
            for (Metric metric : source.metrics()) {
                if (this.sources.put(metric, source) != null) {
                    throw new IllegalStateException(metric + " has two evidence sources");
                }
            }
        }
    }

    Evidence measure(Metric metric, ResponsibleParty party, AssessmentPeriod period) {
        MetricSource source = sources.get(metric);
        return source == null ? Evidence.noSource("no service publishes " + metric + " yet")
                : source.measure(metric, party, period);
    }
}
