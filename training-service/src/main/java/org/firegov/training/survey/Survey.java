package org.firegov.training.survey;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.InvalidInput;
import org.firegov.training.survey.SurveyCommands.CloseSurvey;
import org.firegov.training.survey.SurveyCommands.DefineSurvey;
import org.firegov.training.survey.SurveyCommands.ReviseSurvey;
import org.firegov.training.survey.SurveyCommands.SubmitResponse;
import org.firegov.training.survey.SurveyEvents.ResponseScored;
import org.firegov.training.survey.SurveyEvents.SurveyClosed;
import org.firegov.training.survey.SurveyEvents.SurveyDefined;
import org.firegov.training.survey.SurveyEvents.SurveyRevised;

/**
 * An awareness survey (消防安全知晓率调查): a questionnaire with a scoring key, locked once the first response is
 * scored; anonymous responses by town, scored 0–100 (points earned over points possible); on closing, the awareness
 * rate per town and for the county.
 */
@Aggregate
public class Survey {

    @AggregateIdentifier
    private String surveyId;
    private List<Question> questions;
    private int passMark;
    private boolean demo;
    private boolean closed;
    private long respondents;
    private final Map<String, Tally> tallies = new TreeMap<>();

    /** One town's responses so far. */
    private record Tally(long respondents, long passed, long scoreSum) {
        Tally plus(Tally other) {
            return new Tally(respondents + other.respondents, passed + other.passed, scoreSum + other.scoreSum);
        }

        Awareness awareness(String town) {
            return Awareness.of(town, respondents, passed, scoreSum);
        }
    }

    protected Survey() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(DefineSurvey command) {
        checkKey(command.questions(), command.passMark());
        apply(new SurveyDefined(command.surveyId(), command.title(), List.copyOf(command.questions()),
                command.passMark(), command.demo()));
    }

    @CommandHandler
    void handle(ReviseSurvey command) {
        stillOpen();
        if (respondents > 0) {
            throw new BusinessRuleViolation.Conflict("survey-locked", "the questionnaire and its key are locked: "
                    + respondents + " responses were scored against them");
        }
        checkKey(command.questions(), command.passMark());
        apply(new SurveyRevised(surveyId, command.title(), List.copyOf(command.questions()), command.passMark()));
    }

    @CommandHandler
    SurveyCommands.Outcome handle(SubmitResponse command) {
        stillOpen();
        Map<String, String> answers = command.answers();
        Set<String> asked = new HashSet<>(questions.stream().map(Question::questionId).toList());
        if (!asked.equals(answers.keySet())) {
            Set<String> missing = new HashSet<>(asked);
            missing.removeAll(answers.keySet());
            Set<String> unknown = new HashSet<>(answers.keySet());
            unknown.removeAll(asked);
            throw new InvalidInput("answers", "answer every question exactly once; missing " + missing
                    + ", unknown " + unknown);
        }
        int earned = 0;
        int possible = 0;
        for (Question question : questions) {
            String chosen = answers.get(question.questionId());
            if (!question.offers(chosen)) {
                throw new InvalidInput("answers." + question.questionId(), "'" + chosen + "' is not an option");
            }
            possible += question.points();
            earned += question.correctOptionId().equals(chosen) ? question.points() : 0;
        }
        int score = (int) Math.round(100.0 * earned / possible);
        apply(new ResponseScored(surveyId, command.responseId(), command.town(), score, score >= passMark, demo));
        return new SurveyCommands.Outcome(score, score >= passMark);
    }

    @CommandHandler
    void handle(CloseSurvey command) {
        stillOpen();
        List<Awareness> towns = new ArrayList<>();
        tallies.forEach((town, tally) -> towns.add(tally.awareness(town)));
        Tally county = tallies.values().stream().reduce(new Tally(0, 0, 0), Tally::plus);
        apply(new SurveyClosed(surveyId, command.closedOn(), passMark, towns, county.awareness(null), demo));
    }

    private void stillOpen() {
        if (closed) {
            throw new BusinessRuleViolation.Conflict("survey-closed", "the survey is closed");
        }
    }

    private static void checkKey(List<Question> questions, int passMark) {
        if (passMark < 0 || passMark > 100) {
            throw new InvalidInput("passMark", "a pass mark is a score from 0 to 100");
        }
        if (questions == null || questions.isEmpty()) {
            throw new InvalidInput("questions", "a questionnaire needs at least one question");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            String field = "questions[" + i + "]";
            if (!ids.add(question.questionId())) {
                throw new InvalidInput(field + ".questionId", "question ids must be unique");
            }
            if (question.options().stream().map(Question.Option::optionId).distinct().count()
                    != question.options().size()) {
                throw new InvalidInput(field + ".options", "option ids must be unique within a question");
            }
            if (!question.offers(question.correctOptionId())) {
                throw new InvalidInput(field + ".correctOptionId", "must be one of the question's options");
            }
            if (question.points() < 1 || question.points() > 100) {
                throw new InvalidInput(field + ".points", "a question is worth 1 to 100 points");
            }
        }
    }

    @EventSourcingHandler
    void on(SurveyDefined event) {
        surveyId = event.surveyId();
        questions = event.questions();
        passMark = event.passMark();
        demo = event.demo();
    }

    @EventSourcingHandler
    void on(SurveyRevised event) {
        questions = event.questions();
        passMark = event.passMark();
    }

    @EventSourcingHandler
    void on(ResponseScored event) {
        respondents++;
        tallies.merge(event.town(), new Tally(1, event.passed() ? 1 : 0, event.score()), Tally::plus);
    }

    @EventSourcingHandler
    void on(SurveyClosed event) {
        closed = true;
    }
}
