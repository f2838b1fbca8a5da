package org.firegov.accountability.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.firegov.accountability.party.ResponsibleParty;
import org.firegov.accountability.scheme.GradeBands;
import org.firegov.accountability.scheme.Indicator;
import org.firegov.accountability.scheme.ScoringRule;
import org.firegov.accountability.scheme.SchemeView;
import org.firegov.accountability.scoring.PartyScore.IndicatorScore;

/**
 * Scores a party under a scheme: each indicator's rule applied to its evidence (or the committee's manual score),
 * summed, graded, and failed outright by the major-fire veto (一票否决) with the major fires as its evidence.
 * Pure: same inputs, same score.
 */
final class Scorer {

    static PartyScore score(SchemeView scheme, ResponsibleParty party, Function<Indicator, Evidence> evidence,
                            Map<String, ManualScoreView> manual, Evidence majorFires) {
        List<IndicatorScore> indicators = new ArrayList<>();
        for (Indicator indicator : scheme.indicators()) {
            if (indicator.rule().type() == ScoringRule.Type.MANUAL) {
                ManualScoreView given = manual.get(indicator.code());
                indicators.add(new IndicatorScore(indicator.code(), indicator.name(), indicator.weight(),
                        given == null ? 0 : given.points(), null, null, given));
            } else {
                Evidence measured = evidence.apply(indicator);
                double points = measured.value() == null ? indicator.weight()
                        : indicator.rule().points(measured.value(), indicator.weight());
                indicators.add(new IndicatorScore(indicator.code(), indicator.name(), indicator.weight(),
                        round(points), indicator.metric(), measured, null));
            }
        }
        double total = round(indicators.stream().mapToDouble(IndicatorScore::points).sum());
        boolean vetoed = scheme.majorFireVeto() && majorFires.value() != null && majorFires.value() > 0;
        GradeBands.Grade grade = vetoed ? GradeBands.Grade.FAIL : scheme.gradeBands().gradeOf(total);
        return new PartyScore(party, scheme.schemeId(), total, grade, vetoed, vetoed ? majorFires.objects() : List.of(),
                0, indicators);
    }

    private static double round(double points) {
        return Math.round(points * 100) / 100.0;
    }

    private Scorer() {
    }
}
