package org.firegov.training.survey;

import java.util.List;

import jakarta.validation.Valid;
import org.firegov.kit.domain.NotFound;
import org.firegov.training.survey.SurveyRequests.ResponseRequest;
import org.firegov.training.survey.SurveyViews.PublicSurvey;
import org.firegov.training.survey.SurveyViews.Status;
import org.firegov.training.survey.SurveyViews.SurveyView;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anonymous awareness surveys (消防安全知晓率): open questionnaires without their key, one-time tokens, responses.
 * Rate-limited per client by the kit's filter ({@code firegov.rate-limit}).
 */
@RestController
@RequestMapping("/api/training/public/surveys")
class PublicSurveyController {

    private final MongoTemplate mongo;
    private final SurveyResponses responses;

    PublicSurveyController(MongoTemplate mongo, SurveyResponses responses) {
        this.mongo = mongo;
        this.responses = responses;
    }

    @GetMapping
    List<PublicSurvey> open() {
        return mongo.find(Query.query(Criteria.where("status").is(Status.OPEN))
                        .with(Sort.by(Sort.Direction.DESC, "definedAt")).limit(100), SurveyView.class,
                SurveyView.COLLECTION).stream().map(SurveyView::withoutKey).toList();
    }

    @GetMapping("/{surveyId}")
    PublicSurvey get(@PathVariable String surveyId) {
        return openSurvey(surveyId).withoutKey();
    }

    /** A one-time token to answer this survey once, before it expires. */
    @PostMapping("/{surveyId}/tokens")
    ResponseEntity<SurveyResponses.Token> token(@PathVariable String surveyId) {
        openSurvey(surveyId);
        return ResponseEntity.status(201).body(responses.issue(surveyId));
    }

    /** Answers with a token: 201 with the score; 409 for a used token, 422 for an expired one. */
    @PostMapping("/{surveyId}/responses")
    ResponseEntity<SurveyCommands.Outcome> respond(@PathVariable String surveyId,
                                                   @Valid @RequestBody ResponseRequest request) {
        openSurvey(surveyId);
        return ResponseEntity.status(201).body(responses.respond(surveyId, request));
    }

    private SurveyView openSurvey(String surveyId) {
        SurveyView survey = mongo.findById(surveyId, SurveyView.class, SurveyView.COLLECTION);
        if (survey == null || survey.status() != Status.OPEN) {
            throw new NotFound("open survey", surveyId);
        }
        return survey;
    }
}
