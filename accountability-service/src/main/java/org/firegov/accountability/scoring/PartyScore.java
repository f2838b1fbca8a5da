package org.firegov.accountability.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.firegov.accountability.party.ResponsibleParty;
import org.firegov.accountability.scheme.GradeBands.Grade;
import org.firegov.accountability.scheme.Metric;

/**
 * A party's live score for a year under the scheme in force.
 *
 * @param vetoedBy the major fires (incident ids) that failed the party (一票否决); empty when not vetoed
 * @param rank     1 = best among parties of the same kind (towns with towns, departments with departments)
 */
public record PartyScore(ResponsibleParty party, String schemeId, double total, Grade grade, boolean vetoed,
                         List<String> vetoedBy, int rank, List<IndicatorScore> indicators) {

    /** One indicator's points and where they come from. */
    public record IndicatorScore(String code, String name, double weight, double points, Metric metric,
                                 Evidence evidence, ManualScoreView manual) {
    }

    /** Points per indicator code, in the scheme's order. */
    Map<String, Double> points() {
        Map<String, Double> points = new LinkedHashMap<>();
        indicators.forEach(indicator -> points.put(indicator.code(), indicator.points()));
        return points;
    }

    PartyScore ranked(int newRank) {
        return new PartyScore(party, schemeId, total, grade, vetoed, vetoedBy, newRank, indicators);
    }

    /** The same score without the object ids behind each indicator (for the ranked overview). */
    PartyScore summary() {
        return new PartyScore(party, schemeId, total, grade, vetoed, vetoedBy, rank, indicators.stream()
                .map(i -> new IndicatorScore(i.code(), i.name(), i.weight(), i.points(), i.metric(),
                        i.evidence() == null ? null : new Evidence(i.evidence().value(), List.of(),
                                i.evidence().status(), i.evidence().basis()), i.manual()))
                .toList());
    }
}
