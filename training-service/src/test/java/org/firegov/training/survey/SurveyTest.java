package org.firegov.training.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.InvalidInput;
import org.firegov.training.survey.SurveyCommands.CloseSurvey;
import org.firegov.training.survey.SurveyCommands.DefineSurvey;
import org.firegov.training.survey.SurveyCommands.IssueToken;
import org.firegov.training.survey.SurveyCommands.RedeemToken;
import org.firegov.training.survey.SurveyCommands.ReviseSurvey;
import org.firegov.training.survey.SurveyCommands.SubmitResponse;
import org.firegov.training.survey.SurveyEvents.ResponseScored;
import org.firegov.training.survey.SurveyEvents.SurveyClosed;
import org.firegov.training.survey.SurveyEvents.SurveyDefined;
import org.firegov.training.survey.SurveyEvents.TokenIssued;
import org.firegov.training.survey.SurveyEvents.TokenRedeemed;
import org.junit.jupiter.api.Test;

class SurveyTest {

    static final List<Question> KEY = List.of(
            new Question("q1", "火警电话是？", List.of(new Question.Option("a", "119"), new Question.Option("b", "110")),
                    "a", 60),
            new Question("q2", "电动车能否在楼道充电？", List.of(new Question.Option("a", "能"),
                    new Question.Option("b", "不能")), "b", 40));
    static final SurveyDefined DEFINED = new SurveyDefined("s-1", "2026年知晓率调查", KEY, 60, false);
    private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

    private final AggregateTestFixture<Survey> fixture = new AggregateTestFixture<>(Survey.class);
    private final AggregateTestFixture<ResponseToken> tokens = new AggregateTestFixture<>(ResponseToken.class);

    @Test
    void a_response_scores_points_earned_over_points_possible_and_passes_at_the_pass_mark() {
        fixture.given(DEFINED)
                .when(new SubmitResponse("s-1", "r-1", "xiabao", Map.of("q1", "a", "q2", "a")))
                .expectEvents(new ResponseScored("s-1", "r-1", "xiabao", 60, true, false))
                .expectResultMessagePayload(new SurveyCommands.Outcome(60, true));
        fixture.given(DEFINED)
                .when(new SubmitResponse("s-1", "r-1", "xiabao", Map.of("q1", "b", "q2", "b")))
                .expectEvents(new ResponseScored("s-1", "r-1", "xiabao", 40, false, false));
    }

    @Test
    void incomplete_unknown_or_impossible_answers_are_refused_and_change_nothing() {
        fixture.given(DEFINED).when(new SubmitResponse("s-1", "r-1", "xiabao", Map.of("q1", "a")))
                .expectException(InvalidInput.class).expectNoEvents();
        fixture.given(DEFINED).when(new SubmitResponse("s-1", "r-1", "xiabao", Map.of("q1", "a", "q2", "b", "q3", "a")))
                .expectException(InvalidInput.class).expectNoEvents();
        fixture.given(DEFINED).when(new SubmitResponse("s-1", "r-1", "xiabao", Map.of("q1", "z", "q2", "b")))
                .expectException(InvalidInput.class).expectNoEvents();
    }

    @Test
    void the_key_is_locked_once_a_response_was_scored_and_a_closed_survey_takes_no_more() {
        fixture.given(DEFINED).when(new ReviseSurvey("s-1", "t", KEY, 80)).expectSuccessfulHandlerExecution();
        fixture.given(DEFINED, new ResponseScored("s-1", "r-1", "xiabao", 60, true, false))
                .when(new ReviseSurvey("s-1", "t", KEY, 80))
                .expectException(BusinessRuleViolation.Conflict.class).expectNoEvents();
        fixture.given(DEFINED, new SurveyClosed("s-1", LocalDate.of(2026, 11, 29), 60, List.of(),
                        Awareness.of(null, 0, 0, 0), false))
                .when(new SubmitResponse("s-1", "r-1", "xiabao", Map.of("q1", "a", "q2", "b")))
                .expectException(BusinessRuleViolation.Conflict.class);
    }

    @Test
    void a_key_whose_correct_answer_is_not_an_option_or_with_duplicate_questions_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new DefineSurvey("s-1", "t", List.of(new Question("q1", "?", KEY.get(0).options(), "c", 1)), 60,
                        false))
                .expectException(InvalidInput.class);
        fixture.givenNoPriorActivity()
                .when(new DefineSurvey("s-1", "t", List.of(KEY.get(0), KEY.get(0)), 60, false))
                .expectException(InvalidInput.class);
    }

    @Test
    void closing_gives_the_awareness_rate_per_town_and_for_the_county() {
        fixture.given(DEFINED, new ResponseScored("s-1", "r-1", "xiabao", 100, true, false),
                        new ResponseScored("s-1", "r-2", "xiabao", 40, false, false),
                        new ResponseScored("s-1", "r-3", "dahe", 60, true, false))
                .when(new CloseSurvey("s-1", LocalDate.of(2026, 11, 29)))
                .expectEvents(new SurveyClosed("s-1", LocalDate.of(2026, 11, 29), 60, List.of(
                        new Awareness("dahe", 1, 1, 100.0, 60.0), new Awareness("xiabao", 2, 1, 50.0, 70.0)),
                        new Awareness(null, 3, 2, 66.7, 66.7), false));
    }

    @Test
    void a_token_answers_once_and_not_after_it_expired_nor_for_another_survey() {
        TokenIssued issued = new TokenIssued("h-1", "s-1", NOW.plusSeconds(3600));
        tokens.given(issued).when(new RedeemToken("h-1", "s-1", NOW)).expectEvents(new TokenRedeemed("h-1", "s-1"));
        tokens.given(issued, new TokenRedeemed("h-1", "s-1")).when(new RedeemToken("h-1", "s-1", NOW))
                .expectException(BusinessRuleViolation.Conflict.class);
        tokens.given(issued).when(new RedeemToken("h-1", "s-1", NOW.plusSeconds(3600)))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
        tokens.given(issued).when(new RedeemToken("h-1", "s-2", NOW))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
        tokens.givenNoPriorActivity().when(new IssueToken("h-1", "s-1", NOW.plusSeconds(3600)))
                .expectEvents(issued);
    }
}
