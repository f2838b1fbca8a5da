package org.firegov.accountability.scoring;

import java.util.List;
import java.util.Map;

import org.firegov.accountability.party.Parties;
import org.firegov.accountability.party.PartyKind;
import org.firegov.accountability.party.ResponsibleParty;
import org.firegov.accountability.scheme.GradeBands.Grade;
import org.firegov.accountability.scoring.QuarterlyTrend.QuarterScore;
import org.firegov.kit.security.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The committee view (考核总览): per year, every visible party's total, points per indicator, rank, grade and the
 * trend by quarter; the drill-down to evidence is {@code /scores/{kind}/{code}}. A department or town sees itself.
 */
@RestController
class CommitteeViewController {

    /** One party's line in the overview. */
    record Row(ResponsibleParty party, int rank, double total, Grade grade, boolean vetoed, List<String> vetoedBy,
               Map<String, Double> points, List<QuarterScore> trend) {
    }

    record CommitteeView(int year, String schemeId, List<Row> rows) {
    }

    private final Parties parties;
    private final Scoreboard scoreboard;
    private final QuarterlyTrend trend;

    CommitteeViewController(Parties parties, Scoreboard scoreboard, QuarterlyTrend trend) {
        this.parties = parties;
        this.scoreboard = scoreboard;
        this.trend = trend;
    }

    @GetMapping("/api/accountability/committee-view")
    CommitteeView view(Actor actor, @RequestParam int year) {
        List<ResponsibleParty> visible = parties.visibleTo(actor);
        List<PartyScore> scores = scoreboard.ranked(AssessmentPeriod.live(year));
        Map<ResponsibleParty, List<QuarterScore>> quarters = trend.of(year);
        List<Row> rows = scores.stream().filter(score -> visible.contains(score.party()))
                .map(score -> new Row(score.party(), score.rank(), score.total(), score.grade(), score.vetoed(),
                        score.vetoedBy(), score.points(), quarters.getOrDefault(score.party(), List.of())))
                .toList();
        return new CommitteeView(year, scores.isEmpty() ? null : scores.get(0).schemeId(), rows);
    }

    /** One party's score at the end of each quarter of the year so far. */
    @GetMapping("/api/accountability/scores/{kind}/{code}/trend")
    List<QuarterScore> trend(Actor actor, @PathVariable PartyKind kind, @PathVariable String code,
                             @RequestParam int year) {
        ResponsibleParty party = parties.visibleTo(actor, kind, code);
        return trend.of(year).getOrDefault(party, List.of());
    }
}
