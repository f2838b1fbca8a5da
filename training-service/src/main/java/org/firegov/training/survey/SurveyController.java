package org.firegov.training.survey;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.kit.domain.NotFound;
import org.firegov.kit.security.Actor;
import org.firegov.kit.security.Role;
import org.firegov.training.County;
import org.firegov.training.survey.SurveyCommands.CloseSurvey;
import org.firegov.training.survey.SurveyCommands.DefineSurvey;
import org.firegov.training.survey.SurveyCommands.ReviseSurvey;
import org.firegov.training.survey.SurveyRequests.SurveyRequest;
import org.firegov.training.survey.SurveyViews.SurveyView;
import org.firegov.training.survey.SurveyViews.TownTally;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Awareness surveys for the committee and the brigade (define, revise until the first response, close) and their
 * results: the awareness rate per town — a town sees its own line, everybody the county's.
 */
@RestController
@RequestMapping("/api/training/surveys")
class SurveyController {

    private final CommandGateway commands;
    private final MongoTemplate mongo;

    SurveyController(CommandGateway commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    record SurveyIdentity(String surveyId) {
    }

    record Results(String surveyId, String title, int passMark, SurveyViews.Status status, Awareness county,
                   List<Awareness> towns) {
    }

    @PostMapping
    ResponseEntity<SurveyIdentity> define(@Valid @RequestBody SurveyRequest request) {
        String surveyId = UUID.randomUUID().toString();
        commands.sendAndWait(new DefineSurvey(surveyId, request.title().strip(), request.toQuestions(),
                request.passMark(), false));
        return ResponseEntity.created(URI.create("/api/training/surveys/" + surveyId))
                .body(new SurveyIdentity(surveyId));
    }

    @PutMapping("/{surveyId}")
    ResponseEntity<Void> revise(@PathVariable String surveyId, @Valid @RequestBody SurveyRequest request) {
        commands.sendAndWait(new ReviseSurvey(surveyId, request.title().strip(), request.toQuestions(),
                request.passMark()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{surveyId}/close")
    ResponseEntity<Void> close(@PathVariable String surveyId) {
        commands.sendAndWait(new CloseSurvey(surveyId, County.today()));
        return ResponseEntity.noContent().build();
    }

    /** Surveys with their questionnaire; the scoring key only for the committee and the brigade. */
    @GetMapping
    List<Object> list(Actor actor) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "definedAt")).limit(200), SurveyView.class,
                SurveyView.COLLECTION).stream().<Object>map(survey -> actor.countyWide() ? survey : survey.withoutKey())
                .toList();
    }

    @GetMapping("/{surveyId}/results")
    Results results(Actor actor, @PathVariable String surveyId) {
        SurveyView survey = mongo.findById(surveyId, SurveyView.class, SurveyView.COLLECTION);
        if (survey == null) {
            throw new NotFound("survey", surveyId);
        }
        List<TownTally> tallies = mongo.find(Query.query(Criteria.where("surveyId").is(surveyId))
                .with(Sort.by("town")), TownTally.class, TownTally.COLLECTION);
        Awareness county = Awareness.of(null, tallies.stream().mapToLong(TownTally::respondents).sum(),
                tallies.stream().mapToLong(TownTally::passed).sum(),
                tallies.stream().mapToLong(TownTally::scoreSum).sum());
        List<Awareness> towns = tallies.stream()
                .filter(tally -> actor.countyWide() || actor.has(Role.TOWN) && tally.town().equals(actor.town()))
                .map(tally -> Awareness.of(tally.town(), tally.respondents(), tally.passed(), tally.scoreSum()))
                .toList();
        return new Results(surveyId, survey.title(), survey.passMark(), survey.status(), county, towns);
    }
}
