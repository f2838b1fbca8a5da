package org.firegov.accountability.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.firegov.accountability.party.PartyKind;
import org.firegov.accountability.party.ResponsibleParty;
import org.firegov.accountability.scheme.GradeBands;
import org.firegov.accountability.scheme.Indicator;
import org.firegov.accountability.scheme.Metric;
import org.firegov.accountability.scheme.ScoringRule;
import org.firegov.accountability.scheme.SchemeView;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final ResponsibleParty XIABAO = new ResponsibleParty(PartyKind.TOWN, "xiabao", "下堡镇", "Xiabao",
            null, null, true);
    private static final SchemeView SCHEME = new SchemeView("2030-v1", 2030, 1, SchemeView.Status.LOCKED, List.of(
            new Indicator("tasks", "责任清单按期完成率", 50, Metric.TASKS_ON_TIME_RATE, ScoringRule.linear(50, 100)),
            new Indicator("major", "重大隐患", 30, Metric.MAJOR_HAZARDS_OPEN, ScoringRule.deduction(10, null)),
            new Indicator("dual", "双定期", 20, null, ScoringRule.manual())),
            100, GradeBands.DEFAULT, true, "committee1", Instant.now(), "committee1");

    private static Evidence evidenceFor(Indicator indicator) {
        return switch (indicator.metric()) {
            case TASKS_ON_TIME_RATE -> Evidence.measured(80, List.of("t-1", "t-2", "t-3", "t-4", "t-5"), "tasks");
            case MAJOR_HAZARDS_OPEN -> Evidence.measured(1, List.of("h-9"), "major hazards");
            default -> throw new IllegalArgumentException();
        };
    }

    static final Evidence NO_MAJOR_FIRE = Evidence.measured(0, List.of(), "major fires");

    @Test
    void points_follow_each_indicators_rule_and_the_committees_manual_score() {
        ManualScoreView dual = new ManualScoreView("s", 2030, PartyKind.TOWN, "xiabao", "dual", 15, "按期研究",
                "committee1", Instant.now());
        PartyScore score = Scorer.score(SCHEME, XIABAO, ScorerTest::evidenceFor, Map.of("dual", dual), NO_MAJOR_FIRE);

        assertThat(score.indicators()).extracting(PartyScore.IndicatorScore::points).containsExactly(30.0, 20.0, 15.0);
        assertThat(score.total()).isEqualTo(65);
        assertThat(score.grade()).isEqualTo(GradeBands.Grade.PASS);
        assertThat(score.indicators().get(1).evidence().objects()).containsExactly("h-9");
        assertThat(score.indicators().get(2).manual().author()).isEqualTo("committee1");
    }

    @Test
    void a_manual_indicator_not_yet_scored_gives_no_points_and_nothing_due_gives_full_points() {
        PartyScore score = Scorer.score(SCHEME, XIABAO, indicator -> Evidence.nothingDue("none yet"), Map.of(), NO_MAJOR_FIRE);
        assertThat(score.indicators()).extracting(PartyScore.IndicatorScore::points).containsExactly(50.0, 30.0, 0.0);
        assertThat(score.total()).isEqualTo(80);
    }

    @Test
    void a_major_fire_fails_the_party_whatever_its_points() {
        PartyScore score = Scorer.score(SCHEME, XIABAO, indicator -> Evidence.nothingDue("none"), Map.of(),
                Evidence.measured(1, List.of("fire-1"), "major fires"));
        assertThat(score.vetoed()).isTrue();
        assertThat(score.vetoedBy()).containsExactly("fire-1");
        assertThat(score.grade()).isEqualTo(GradeBands.Grade.FAIL);
        assertThat(score.total()).isEqualTo(80);
    }
}
